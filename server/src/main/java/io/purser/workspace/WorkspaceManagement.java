package io.purser.workspace;

import io.purser.identity.AuditedChange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The workspace module's API: brands and their channel accounts. */
@Service
public class WorkspaceManagement {

  private static final Logger log = LoggerFactory.getLogger(WorkspaceManagement.class);

  /** The workspace the bootstrap admin token and a fresh installation start in. */
  public static final String DEFAULT_SLUG = "default";

  /** The owner of an account another request registered a moment before this one. */
  public static final long UNKNOWN_WORKSPACE = -1;

  private final Workspaces workspaces;
  private final ChannelAccounts accounts;
  private final BrandRules brandRules;
  private final ApplicationEventPublisher events;
  // Every inbound event looks its account up; accounts are never deleted, so a hit stays true.
  private final Map<String, ChannelAccount> accountCache = new ConcurrentHashMap<>();

  WorkspaceManagement(
      Workspaces workspaces,
      ChannelAccounts accounts,
      BrandRules brandRules,
      ApplicationEventPublisher events) {
    this.workspaces = workspaces;
    this.accounts = accounts;
    this.brandRules = brandRules;
    this.events = events;
  }

  /** The outcome of registering a channel account. */
  public sealed interface Registration {
    record Registered(ChannelAccount account) implements Registration {}

    /** The id is taken, by the workspace {@code ownerWorkspaceId}; nothing was stored. */
    record AlreadyRegistered(Network network, String externalId, long ownerWorkspaceId)
        implements Registration {}

    /** The network did not confirm that the caller holds the account; nothing was stored. */
    record Unproven(OwnershipProof proof) implements Registration {}
  }

  @Transactional
  public Workspace create(String slug, String name) {
    return workspaces.insert(slug, name);
  }

  @Transactional
  public Workspace ensureDefault(String name) {
    return workspaces.findBySlug(DEFAULT_SLUG).orElseGet(() -> create(DEFAULT_SLUG, name));
  }

  public Optional<Workspace> find(long id) {
    return workspaces.findById(id);
  }

  public Optional<Workspace> findBySlug(String slug) {
    return workspaces.findBySlug(slug);
  }

  /**
   * Registers an account without asking the network: for callers the installation trusts (its
   * operator, the demo). A workspace's own registration goes through {@code ChannelAccountClaims},
   * which proves ownership first. Earlier unroutable deliveries of the account stay where they are
   * until the operator releases them.
   */
  @Transactional
  public Registration register(
      long workspaceId, Network network, String externalId, String name, String accessToken) {
    var existing = accounts.find(network, externalId);
    if (existing.isPresent()) {
      return new Registration.AlreadyRegistered(network, externalId, existing.get().workspaceId());
    }
    try {
      var account = accounts.insert(workspaceId, network, externalId, name, accessToken);
      events.publishEvent(new ChannelAccountRegistered(workspaceId, network, externalId));
      events.publishEvent(
          new AuditedChange(
              "channel_account.register", "channel_account", account.id(), null, account));
      return new Registration.Registered(account);
    } catch (DuplicateKeyException raced) {
      // PostgreSQL has aborted this transaction, so the winner's workspace cannot be read here.
      return new Registration.AlreadyRegistered(network, externalId, UNKNOWN_WORKSPACE);
    }
  }

  /** The account the network's webhooks name, in whichever workspace registered it. */
  public Optional<ChannelAccount> findAccount(Network network, String externalId) {
    var key = network.wireName() + ':' + externalId;
    var cached = accountCache.get(key);
    if (cached != null) {
      return Optional.of(cached);
    }
    var found = accounts.find(network, externalId);
    found.ifPresent(a -> accountCache.put(key, a));
    return found;
  }

  public Optional<ChannelAccount> findAccount(long workspaceId, long accountId) {
    return accounts.find(workspaceId, accountId);
  }

  /**
   * The brand's own triage rules, in the order they apply. A stored rule that no longer passes the
   * checks (saved before them) is left out, never thrown: the rules listing marks it invalid.
   */
  public List<io.purser.triage.BrandRule> brandRules(long workspaceId) {
    var stored = brandRules.list(workspaceId);
    stored.stream()
        .filter(rule -> !rule.valid())
        .forEach(
            rule ->
                log.warn(
                    "Workspace {} triage rule {} is skipped: {}",
                    workspaceId,
                    rule.id(),
                    rule.invalidBecause()));
    return stored.stream()
        .filter(BrandRules.StoredRule::valid)
        .map(BrandRules.StoredRule::rule)
        .toList();
  }

  /** The brand's triage rules as stored, each marked valid or not. */
  public List<BrandRuleView> brandRuleViews(long workspaceId) {
    return brandRules.list(workspaceId).stream().map(BrandRuleView::of).toList();
  }

  /** Adds a triage rule; empty when the workspace already has the most it may have. */
  @Transactional
  public Optional<BrandRuleView> addBrandRule(long workspaceId, io.purser.triage.BrandRule rule) {
    if (brandRules.count(workspaceId) >= BrandRules.MAX_PER_WORKSPACE) {
      return Optional.empty();
    }
    long id = brandRules.insert(workspaceId, rule);
    events.publishEvent(new BrandRulesChanged(workspaceId));
    var created = BrandRuleView.of(BrandRules.StoredRule.of(id, rule));
    events.publishEvent(new AuditedChange("brand_rule.create", "brand_rule", id, null, created));
    return Optional.of(created);
  }

  /** Deletes a triage rule; false when the workspace has no such rule. */
  @Transactional
  public boolean deleteBrandRule(long workspaceId, long id) {
    var before = brandRules.list(workspaceId).stream().filter(r -> r.id() == id).findFirst();
    if (!brandRules.delete(workspaceId, id)) {
      return false;
    }
    events.publishEvent(new BrandRulesChanged(workspaceId));
    events.publishEvent(
        new AuditedChange(
            "brand_rule.delete",
            "brand_rule",
            id,
            before.map(BrandRuleView::of).orElse(null),
            null));
    return true;
  }

  public List<ChannelAccount> accounts(long workspaceId) {
    return accounts.list(workspaceId);
  }
}
