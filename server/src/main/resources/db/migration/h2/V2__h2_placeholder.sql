-- H2 has no partial indexes; the one-active-conversation rule is kept by the pipeline, which
-- processes each customer's events in order on one worker.
select 1;
