-- Reports: a read model kept by the reports module from conversations', routing's and SLA's
-- events, in the transaction that made each change, so that a report reads one narrow table and
-- never scans messages. No foreign key to conversation: the model is rebuilt or seeded on its own.

create table report_conversation (
  workspace_id              bigint       not null,
  conversation_id           bigint       not null,
  started_at                timestamp with time zone not null,
  -- the day and hour the conversation started, in the workspace's time zone when it started
  local_day                 date         not null,
  local_hour                smallint     not null,
  channel                   varchar(16),
  is_public                 boolean,
  moved_to_private          boolean      not null,
  team                      varchar(200),
  agent_id                  bigint,
  intent                    varchar(40),
  language                  varchar(8),
  priority_band             varchar(8),
  needs_response            boolean      not null,
  first_response_at         timestamp with time zone,
  first_response_wall_s     bigint,
  first_response_business_s bigint,
  first_response_met        boolean,
  next_responses            integer      not null,
  next_response_avg_s       bigint,
  resolved_at               timestamp with time zone,
  resolution_wall_s         bigint,
  reopened_count            integer      not null,
  csat_score                smallint,
  primary key (workspace_id, conversation_id)
);

create index report_conversation_started on report_conversation (workspace_id, started_at);

-- Agents' replies queued and not yet accepted by the network: the first one accepted answers.
create table report_reply (
  workspace_id     bigint not null,
  message_id       bigint not null,
  conversation_id  bigint not null,
  queued_at        timestamp with time zone not null,
  primary key (workspace_id, message_id)
);
