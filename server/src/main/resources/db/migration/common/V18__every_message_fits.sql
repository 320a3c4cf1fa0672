-- A customer's message is stored whole, however long: X DMs reach 10,000 characters, WhatsApp 4,096,
-- Messenger 2,000, and a delivery may carry anything up to the webhook's 1 MiB body limit. A text
-- can never have more characters than its delivery has bytes, so 1,048,576 characters hold every
-- text, attachment list and triage record a delivery can produce (H2's longest varchar, and well
-- within PostgreSQL's). Widening a varchar rewrites no rows on PostgreSQL.
-- The triage record is capped in code as well (MessagePreparation): what triage found is summed up,
-- the message itself never is.
alter table message alter column text set data type varchar(1048576);
alter table message alter column attachments set data type varchar(1048576);
alter table message alter column triage set data type varchar(1048576);
