/**
 * Real airline datasets played through Purser's signed X webhook, exactly as X would deliver them:
 * the readers of Tweets.csv and airline_threads.csv (and their bundled samples), the Account
 * Activity deliveries built from them, and the replayer that signs and posts them with X's retries.
 * The demo's live traffic uses it inside the server; the operator tools ({@code ./purser replay},
 * the benchmarks) use it from outside. Nothing here is a Spring bean and nothing reaches into
 * another module: it only speaks HTTP to a running server.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Replay")
package io.purser.replay;
