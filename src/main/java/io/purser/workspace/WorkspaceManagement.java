package io.purser.workspace;

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

    record AlreadyRegistered(Network network, String externalId) implements Registration {}
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

  @Transactional
  public Registration register(
      long workspaceId, Network network, String externalId, String name, String accessToken) {
    if (accounts.find(network, externalId).isPresent()) {
      return new Registration.AlreadyRegistered(network, externalId);
    }
    try {
      var account = accounts.insert(workspaceId, network, externalId, name, accessToken);
      events.publishEvent(new ChannelAccountRegistered(workspaceId, network, externalId));
      return new Registration.Registered(account);
    } catch (DuplicateKeyException raced) {
      return new Registration.AlreadyRegistered(network, externalId);
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

  public List<ChannelAccount> accounts(long workspaceId) {
    return accounts.list(workspaceId);
  }
}
