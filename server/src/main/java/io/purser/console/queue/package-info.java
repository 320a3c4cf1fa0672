/**
 * The agent's queue, the supervisor's view, search, and the presence switch in the top bar ({@code
 * AgentHeader}).
 */
package io.purser.console.queue;
