/** Surge detection per workspace and the supervisors' surge mode. */
package io.purser.routing.surge;
