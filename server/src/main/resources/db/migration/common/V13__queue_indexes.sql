-- The agent's teams' queue view (QueueViews): conversations routed to one of their teams, highest
-- priority first, walked along an index like the other views instead of filtering every active
-- conversation of the workspace.
create index conversation_routing_team_queue
  on conversation_routing (workspace_id, active, team_id, priority desc, conversation_id);
