-- Finding a message by its network id (de-duplication, on every inbound message) must use
-- message_external_once (workspace_id, network, external_id). message_parent began with the same
-- two columns, so a planner without statistics (PostgreSQL before its first ANALYZE, or with
-- autovacuum off) could pick it instead and scan every message of the workspace: 12.6 ms per
-- lookup at 47,000 messages, growing with the table. Leading with the parent id keeps the index
-- for what it is for (the replies to a message) and out of every other plan.
drop index message_parent;
create index message_parent on message (in_reply_to_external_id, workspace_id, network);
