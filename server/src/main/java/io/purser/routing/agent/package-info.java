/**
 * Agents (presence, activity, capacity, skills), who owns which conversation, and the dispatcher
 * that pushes waiting conversations to available agents.
 */
package io.purser.routing.agent;
