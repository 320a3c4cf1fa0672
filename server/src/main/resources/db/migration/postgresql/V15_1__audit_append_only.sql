-- The audit log is append-only: the application has no path that changes or removes a row, and
-- the database refuses one too, so a bug or a stolen application credential cannot rewrite it.
create function audit_event_append_only() returns trigger as $$
begin
  raise exception 'audit_event is append-only';
end;
$$ language plpgsql;

create trigger audit_event_no_update before update or delete on audit_event
  for each row execute function audit_event_append_only();
