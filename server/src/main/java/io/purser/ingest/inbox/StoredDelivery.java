package io.purser.ingest.inbox;

/** A raw delivery as the pipeline claims it from the inbox, with the partition it was stored in. */
record StoredDelivery(long id, String source, byte[] body, int attempts, int partition) {}
