/**
 * Conversations' SLA tracks (conversation_sla): moved by conversations' events, swept for warnings
 * and breaches (sla_event), and read as views.
 */
package io.purser.sla.track;
