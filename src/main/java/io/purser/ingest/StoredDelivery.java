package io.purser.ingest;

/** A raw delivery as the pipeline claims it from the inbox. */
record StoredDelivery(long id, String source, byte[] body, int attempts) {}
