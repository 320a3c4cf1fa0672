/**
 * Reply text as the engine compares it: signatures and placeholders removed, lower-cased words, and
 * ROUGE-L F1 between two replies.
 */
package io.purser.assist.text;
