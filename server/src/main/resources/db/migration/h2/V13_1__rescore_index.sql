-- Routing's rescoring sweep takes the waiting conversations scored longest ago (never scored
-- first), 500 every 5 seconds. Without an index H2 read and sorted every waiting row, joined to
-- its conversation, each time (6,700 at 100,000 conversations); with it H2 walks 500 entries.
create index conversation_routing_rescore
  on conversation_routing (waiting, priority_at nulls first);
