-- A workspace's agent assist (issue 16): the brand's voice the tone check applies (JSON of its
-- rules; none means the defaults) and its optional external model, off unless enabled. The API key
-- is kept like the airline connector's secret: never shown again once saved.
create table assist_settings (
  workspace_id bigint primary key references workspace (id),
  tone_rules varchar(100000),
  model_enabled boolean not null default false,
  model_base_url varchar(500),
  model_name varchar(200),
  model_api_key varchar(1000),
  model_timeout_ms integer,
  model_temperature double precision,
  updated_at timestamp not null
);
