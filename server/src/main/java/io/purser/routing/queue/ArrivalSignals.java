package io.purser.routing.queue;

import io.purser.conversation.ConversationEvents.CustomerMessageRecorded;
import io.purser.routing.surge.SurgeWatch;
import io.purser.routing.team.Teams;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads what a customer's message tells routing: its triage, the team a brand rule routes it to,
 * and (when it needs a response) one more message of its intent for the surge detector.
 */
@Component
class ArrivalSignals {

  private final Teams teams;
  private final SurgeWatch surges;

  ArrivalSignals(Teams teams, SurgeWatch surges) {
    this.teams = teams;
    this.surges = surges;
  }

  /**
   * @param teamIds the teams of this batch looked up so far, by lower-case name
   */
  Signals of(CustomerMessageRecorded m, Map<String, Long> teamIds) {
    var triage = m.triage();
    if (triage == null) {
      return new Signals(
          new MessageFacts(
              m.network().wireName(),
              m.isPublic(),
              null,
              null,
              null,
              null,
              null,
              null,
              false,
              m.authorFollowers()),
          true,
          null);
    }
    if (triage.needsResponse()) {
      surges.observe(m.workspaceId(), triage.intent(), m.createdAt());
    }
    var route = triage.brandActions().route();
    Long team =
        route == null
            ? null
            : teamIds.computeIfAbsent(
                route.toLowerCase(Locale.ROOT),
                name -> teams.idByName(m.workspaceId(), route).orElse(null));
    return new Signals(
        new MessageFacts(
            m.network().wireName(),
            m.isPublic(),
            triage.language(),
            triage.intent().wireName(),
            triage.sentiment().wireName(),
            triage.category().wireName(),
            triage.urgency().level().name().toLowerCase(Locale.ROOT),
            triage.urgency().reason(),
            triage.brandActions().raisePriority(),
            m.authorFollowers()),
        triage.needsResponse(),
        team);
  }
}
