-- An agent going away may keep some of their conversations (the ones they are typing in): those
-- stay theirs while they are away instead of going back to the queue. Any change of owner, the
-- end of the conversation, or the agent coming back clears it.
alter table conversation_routing add column kept_while_away boolean not null default false;
