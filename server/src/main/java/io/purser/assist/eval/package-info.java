/**
 * The evaluation of suggested replies: ROUGE-L of the first and best of three suggestions against
 * the reply the agent sent, next to a constant and a nearest-neighbour baseline, and the time per
 * suggestion.
 */
package io.purser.assist.eval;
