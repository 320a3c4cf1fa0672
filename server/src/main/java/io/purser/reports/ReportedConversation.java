package io.purser.reports;

import java.time.Instant;

/**
 * One conversation as reports count it: a row of the export, and what the benchmark seeds.
 *
 * @param agentId the last person who owned the conversation (a release to the queue keeps them)
 * @param team the team the workspace's brand rules routed it to, by name
 * @param needsResponse whether any customer message in it needed a response (triage)
 * @param firstResponseAt when the first reply by a person that the network accepted was sent from
 *     Purser
 * @param firstResponseMet the SLA module's verdict on its first-response clock
 * @param nextResponseAverageSeconds the average next-response time (working time), per the SLA
 * @param csatScore the customer's satisfaction answer (1 to 5), null until surveys exist
 */
public record ReportedConversation(
    long conversationId,
    Instant startedAt,
    String channel,
    Boolean isPublic,
    boolean movedToPrivate,
    String team,
    Long agentId,
    String intent,
    String language,
    String priorityBand,
    boolean needsResponse,
    Instant firstResponseAt,
    Long firstResponseWallSeconds,
    Long firstResponseBusinessSeconds,
    Boolean firstResponseMet,
    int nextResponses,
    Long nextResponseAverageSeconds,
    Instant resolvedAt,
    Long resolutionWallSeconds,
    int reopenedCount,
    Integer csatScore) {}
