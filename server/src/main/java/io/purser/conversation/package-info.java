/**
 * Customers and their conversations with the brand: contacts with one identity per network, one
 * active conversation per customer holding public and private messages, threading by reply chains
 * and DM participants (a reply that arrives before its parent is held and adopted later), the
 * conversation lifecycle new → open → pending → resolved → closed, delivery status of our replies,
 * and the domain events of every change.
 *
 * <p>What the module offers, in this package: {@link io.purser.conversation.MessageRecording} (what
 * the networks report: new messages, a batch at a time, edits, removals, delivery reports), {@link
 * io.purser.conversation.ConversationManagement} (reading conversations and messages, status
 * changes, replies, notes, tags, triage corrections), {@link
 * io.purser.conversation.ConversationSearch}, the events of {@link
 * io.purser.conversation.ConversationEvents}, and the value types they use.
 *
 * <p>What it keeps to itself, in sub-packages: {@code threading} (recording incoming messages, held
 * brand replies), {@code store} (the SQL of the conversation, contact and message tables), {@code
 * search} (the search index and its queries), {@code lifecycle} (status changes, replies, the
 * snooze and close sweeps), {@code annotation} (notes, tags, triage corrections), {@code
 * moderation} (hiding comments), {@code web} (the REST endpoints) and {@code domain} (the rules as
 * plain Java).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conversations")
package io.purser.conversation;
