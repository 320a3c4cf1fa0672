package io.purser.assist.suggest;

import io.purser.assist.adapt.AnswerTemplate;
import io.purser.triage.Intent;

/**
 * A reply the ranker proposes and why.
 *
 * @param template the answer, to be filled for this conversation
 * @param score how well it agrees with the answers of the nearest conversations (their
 *     similarity-weighted ROUGE-L with it), times the choice boost
 * @param sourceId the most similar of those conversations
 * @param intent that conversation's intent
 * @param sameIntent whether it is the query's intent
 * @param similarity its cosine similarity to the query
 * @param support how many of the nearest conversations were answered much the same way
 */
public record RankedReply(
    AnswerTemplate template,
    double score,
    String sourceId,
    Intent intent,
    boolean sameIntent,
    double similarity,
    int support) {}
