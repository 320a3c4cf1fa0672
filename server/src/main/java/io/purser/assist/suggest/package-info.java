/**
 * The index of solved conversations (TF-IDF over the customer words as triage tokenises them) and
 * the ranker that groups the nearest conversations by the answer they got, scores each answer by
 * the summed similarity (same intent counting more, agents' choices boosting) and keeps the best
 * different answers.
 */
package io.purser.assist.suggest;
