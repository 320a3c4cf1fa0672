/**
 * Purser's operator tools, a Maven module of their own beside the product: the pipeline and console
 * benchmarks ({@code ./purser bench pipeline|console}), the SLA simulator ({@code ./purser simulate
 * sla}) and the replay of a dataset through a running server's signed X webhook ({@code ./purser
 * replay}). They use the product only through its modules' public API (base packages and named
 * interfaces) and its HTTP surface: the benchmarks start the real application in their own JVM,
 * drive it over HTTP, and load bulk data through the seeding entry points its modules offer.
 * Nothing here is a Spring bean, and nothing here is part of the product's jar.
 */
package io.purser.tools;
