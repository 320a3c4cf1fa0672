/**
 * Turns an agent's reply into a template that carries nothing of its conversation (signature,
 * placeholders, the customer's name, record locator, flight, times and other personal data become
 * the saved replies' variables) and fills it for another conversation.
 */
package io.purser.assist.adapt;
