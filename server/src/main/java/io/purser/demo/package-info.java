/**
 * {@code ./purser demo}: the demo workspace "Demo Air" with an X account and a Facebook page, the
 * demo users (agent, supervisor, admin; password {@code demo}, only in demo mode), and live traffic
 * — real airline tweets replayed through the real, signed webhook path at a steady pace.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package io.purser.demo;
