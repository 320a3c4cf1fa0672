package io.purser.identity;

import io.purser.identity.audit.AuditEvents;
import io.purser.identity.audit.AuditStates;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log's way in: every change made by a person or a token is recorded append-only with who
 * made it (user or token, id and name), when, from which client address, what (action, target type
 * and id) and the target's state before and after, with secrets left out. Changes the system makes
 * on its own (the pipeline assigning a conversation, the demo seeding its users) have no caller and
 * are not recorded: the log answers "who did this", and the system is nobody.
 *
 * <p>The client address is the request's remote address, which names the proxy, not the client,
 * unless {@code server.forward-headers-strategy} is set (then {@code X-Forwarded-For} is trusted
 * from the proxy): set it only behind a proxy that overwrites that header.
 */
@Service
public class AuditTrail {

  private final AuditEvents events;
  private final AuditStates states;

  AuditTrail(AuditEvents events, AuditStates states) {
    this.events = events;
    this.states = states;
  }

  /** Records a change made by the caller of the current request, in the caller's workspace. */
  @EventListener
  public void record(AuditedChange change) {
    PurserPrincipal.current().ifPresent(actor -> record(actor.workspaceId(), actor, change));
  }

  /**
   * Records a change made by {@code actor} in a workspace, which differs from the actor's own only
   * when the bootstrap token acts for a workspace it has just created.
   */
  public void record(long workspaceId, PurserPrincipal actor, AuditedChange change) {
    events.append(
        workspaceId,
        actor,
        clientAddress().orElse(null),
        change,
        states.json(change.before()),
        states.json(change.after()));
  }

  /** A page of the workspace's audit log, newest first, before the event {@code beforeId}. */
  public List<AuditEvents.AuditEvent> page(
      long workspaceId, AuditEvents.Query query, long beforeId, int limit) {
    return events.page(workspaceId, query, beforeId, limit);
  }

  private static Optional<String> clientAddress() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
        ? Optional.ofNullable(a.getRequest()).map(HttpServletRequest::getRemoteAddr)
        : Optional.empty();
  }
}
