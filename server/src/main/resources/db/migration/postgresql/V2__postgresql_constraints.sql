-- PostgreSQL can enforce in the schema what the application guarantees on H2:
-- at most one conversation per customer that is not resolved or closed.
create unique index conversation_one_active
  on conversation (workspace_id, contact_id)
  where status in ('new', 'open', 'pending');

-- The pipeline only ever looks for pending deliveries.
create index inbox_event_pending on inbox_event (id) where status = 'pending';
