/**
 * Each conversation's place in the queue (conversation_routing): kept in step with conversations'
 * events, scored, rescored as time passes, and read for the console's views.
 */
package io.purser.routing.queue;
