/**
 * Meta's webhooks: {@code object} {@code page} (Messenger and the Page feed), {@code instagram} and
 * {@code whatsapp_business_account} deliveries parsed into inbound events, the {@code
 * X-Hub-Signature-256} check and the verify-token handshake. The account of every event is the
 * delivery's {@code entry[].id}.
 */
package io.purser.channels.meta;
