/**
 * Live updates: the Server-Sent Events stream each open console page holds ({@code
 * ConsoleStreams}), fed by the other modules' events ({@code LiveUpdates}).
 */
package io.purser.console.live;
