/**
 * Live updates: the Server-Sent Events stream each open console page holds ({@code
 * ConsoleStreams}), fed by the other modules' events ({@code LiveUpdates}) on this node and, when
 * several nodes share one PostgreSQL database, by theirs ({@code NodeNews} over {@code
 * LISTEN/NOTIFY}).
 */
package io.purser.console.live;
