-- Console search on H2 and PostgreSQL alike: each conversation's terms (the words of its messages,
-- its customer's name words and @handle, see SearchWords), each once, written with the message.
-- A query looks its rarest word up here and checks the others against the same index, newest
-- conversation first, so it reads a few index entries instead of every message of the workspace.
-- No foreign keys: on H2 each would add an index to the largest table of the database.
create table search_term (
  workspace_id     bigint       not null,
  term             varchar(64)  not null,
  conversation_id  bigint       not null
);
-- Descending, so that H2 walks it newest first too (PostgreSQL walks either way).
create unique index search_term_find on search_term (workspace_id, term, conversation_id desc);
