package io.purser.ingest.inbox;

/** A raw delivery as the pipeline claims it from the inbox. */
record StoredDelivery(long id, String source, byte[] body, int attempts) {}
