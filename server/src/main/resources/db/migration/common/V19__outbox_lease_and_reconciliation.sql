-- A reply being sent holds a lease: next_attempt_at is when it expires, claimed_at when the send
-- began. A sending row whose lease has passed lost its result (a crash, the database gone while
-- recording it) and is reconciled with the network, never sent again blindly.
-- resends counts the automatic resends made after a look-up proved the reply absent (at most one).
alter table outbox add column claimed_at timestamp with time zone;
alter table outbox add column resends integer default 0 not null;
