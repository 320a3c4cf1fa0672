-- Search reads search_term (V9) on both databases now: the full-text indexes of V7_1 are no
-- longer read, and every message written paid for them.
drop index if exists message_text_search;
drop index if exists contact_name_search;
