-- Bookings belong to a workspace's airline: each workspace connects its own airline system, and
-- what one workspace's agents sent (idempotency keys, confirmation e-mails) is its own.

-- A workspace's connection to its airline's system. No row: the installation's
-- purser.airline.* properties for the default workspace, no airline for any other.
create table airline_connector (
  workspace_id        bigint        primary key references workspace (id),
  -- none | demo | http
  kind                varchar(8)    not null,
  base_url            varchar(500),
  -- the shared secret that signs each request (http); never returned by the API
  hmac_secret         varchar(500),
  connect_timeout_ms  integer       not null,
  read_timeout_ms     integer       not null,
  -- smtp (Purser sends the confirmation) | connector (the airline's system does)
  confirmations       varchar(16)   not null,
  updated_at          timestamp with time zone not null
);

-- The same key in two workspaces is two e-mails, never one workspace's answer to the other.
alter table sent_email drop constraint sent_email_key_once;
alter table sent_email add constraint sent_email_key_once unique (workspace_id, idempotency_key);
