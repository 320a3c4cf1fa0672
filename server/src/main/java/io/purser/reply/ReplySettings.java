package io.purser.reply;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param reconcileWindow how long after a send with an unknown outcome began Purser keeps looking
 *     for the reply on the network (look-ups, echoes) before it asks the agent
 * @param maxAttempts after this many attempts that asked to retry, the reply is marked failed
 * @param pollInterval how often an idle outbox worker looks for due replies
 * @param sendLease how long a reply stays "sending" before its outcome counts as lost (a crash, a
 *     result that could not be recorded) and it is reconciled; longer than the networks' read
 *     timeouts. Recording a result is retried for as long as the lease lasts.
 * @param reconcileInterval the pause before the first look-up and between look-ups
 */
@ConfigurationProperties(prefix = "purser.reply")
public record ReplySettings(
    @DefaultValue("2m") Duration reconcileWindow,
    @DefaultValue("8") int maxAttempts,
    @DefaultValue("250ms") Duration pollInterval,
    @DefaultValue("5m") Duration sendLease,
    @DefaultValue("10s") Duration reconcileInterval) {}
