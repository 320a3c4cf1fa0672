package io.purser.reply;

/**
 * A brand's prepared answer. Its text may hold variables in braces, filled when an agent picks it:
 * {@code {customer_name}}, {@code {customer_handle}}, {@code {agent_name}}, {@code {signature}},
 * {@code {record_locator}}.
 */
public record SavedReply(long id, String name, String text) {}
