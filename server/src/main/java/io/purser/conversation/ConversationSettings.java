package io.purser.conversation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How conversations live and are swept, under {@code purser.conversation.*}.
 *
 * @param reopenWindow how long after being resolved a customer's message opens the conversation
 *     again instead of starting a new one
 * @param closeSweep how often resolved conversations past the reopen window are closed
 * @param strandedSweep how often replies stranded by a crash are looked for and taken up again
 * @param snoozeSweep how often snoozed conversations whose time is up come back
 */
@ConfigurationProperties(prefix = "purser.conversation")
public record ConversationSettings(
    @DefaultValue("7d") Duration reopenWindow,
    @DefaultValue("5m") Duration closeSweep,
    @DefaultValue("5s") Duration strandedSweep,
    @DefaultValue("5s") Duration snoozeSweep) {}
