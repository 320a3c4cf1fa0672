/**
 * Customers and their conversations with the brand: contacts with one identity per network, one
 * active conversation per customer holding public and private messages, threading by reply chains
 * and DM participants (a reply that arrives before its parent is held and adopted later), the
 * conversation lifecycle new → open → pending → resolved → closed, delivery status of our replies,
 * and the domain events of every change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conversations")
package io.purser.conversation;
