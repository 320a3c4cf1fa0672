/**
 * The airline care dialogs as the engine learns from them: reading {@code dialogs.csv} into
 * (customer words, first agent reply) pairs, the fixed TEST / DEV / TRAIN split by CRC32 of the
 * conversation id, and the starter corpus shipped in the jar (TRAINING split only).
 */
package io.purser.assist.corpus;
