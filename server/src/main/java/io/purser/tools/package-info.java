/**
 * Operator tools that drive Purser's real HTTP surface from outside, exactly as a network would:
 * the replay of real airline tweets through the signed X webhook ({@code ./purser replay}, also
 * reused by the demo), and the end-to-end pipeline benchmark ({@code ./purser bench pipeline}).
 * Nothing here is a Spring bean: the tools talk to a running server over HTTP and never reach into
 * another module's internals.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tools")
package io.purser.tools;
