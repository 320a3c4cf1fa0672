/**
 * The live wallboard for supervisors, made to be read on a wall screen: the waiting queue by
 * priority band, channel and intent, the SLA's risks, agents by presence and load, surges, today's
 * first response against its target and the volume per hour against a week before; kept current by
 * the console's event stream.
 */
package io.purser.console.wallboard;
