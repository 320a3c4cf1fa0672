/**
 * The demo's networks: X API v2 and the Graph API played on the demo's own port, under {@code
 * /demo/sandbox/x} and {@code /demo/sandbox/graph}, for every call Purser's senders make. It checks
 * the bearer tokens the demo registered, answers in the networks' shapes with ids like theirs,
 * keeps what was sent ({@link io.purser.demo.sandbox.SandboxLedger}), echoes it back through the
 * signed webhooks as the networks do, and now and then lets the customer answer. It exists only
 * under the {@code demo} profile.
 */
package io.purser.demo.sandbox;
