/**
 * One conversation's page: its timeline and reply form ({@code ConversationScreens}), the work
 * panel beside it ({@code WorkPanels}), and what an agent does on it — reply, notes, tags, take
 * over, move to private.
 */
package io.purser.console.conversation;
