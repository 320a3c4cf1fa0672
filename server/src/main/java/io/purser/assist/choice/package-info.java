/**
 * Keeps what agents did with suggested replies, per workspace, so the ranking they taught survives
 * a restart and is the same on every node.
 */
package io.purser.assist.choice;
