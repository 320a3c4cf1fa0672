-- Full-text search over messages and customers' names: words as written, no stemming, so a
-- record locator or a flight number is found exactly in any language.
create index message_text_search on message using gin (to_tsvector('simple', text));
create index contact_name_search on contact using gin (to_tsvector('simple', display_name));
