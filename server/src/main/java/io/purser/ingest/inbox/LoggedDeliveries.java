package io.purser.ingest.inbox;

import io.purser.ingest.InboundDelivery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where deliveries read from an inbound log (Kafka, {@code ingest.kafka}) enter the inbox: the
 * pipeline then processes them exactly as the deliveries this node's writer stores, by the same
 * code. A log's records are copied once: the next offset of each of its partitions is moved in the
 * transaction that copies them ({@code inbox_log_position}, locked meanwhile), so records read
 * again after a crash, or by a node that took a partition over, are skipped.
 */
@Component
public class LoggedDeliveries {

  /**
   * A record of the log.
   *
   * @param delivery the delivery; its events when this node's webhook read it, else null (the body
   *     is then read here)
   */
  public record Logged(int logPartition, long offset, InboundDelivery delivery) {}

  /** The source of a record whose own is missing or too long for {@code inbox_event.source}. */
  public static final String UNKNOWN = "unknown";

  private static final int MAX_SOURCE = 16;

  private final InboxRows rows;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final DeliveryReader reader;
  private final PipelineSignal signal;

  LoggedDeliveries(
      InboxRows rows,
      JdbcTemplate jdbc,
      TransactionTemplate transactions,
      DeliveryReader reader,
      PipelineSignal signal) {
    this.rows = rows;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.reader = reader;
    this.signal = signal;
  }

  /**
   * Copies the records not copied yet into the inbox, in one transaction, each in its customer's
   * partition ({@link DeliveryPartitions}) and in offset order within a log partition; returns how
   * many were new. When it returns, the database has them: the caller may commit the offsets.
   */
  public int store(String topic, List<Logged> records) {
    var byPartition = new TreeMap<Integer, List<Logged>>();
    for (var record : records) {
      byPartition.computeIfAbsent(record.logPartition(), p -> new ArrayList<>()).add(record);
    }
    var copied =
        transactions.execute(
            tx -> {
              var fresh = new ArrayList<Logged>(records.size());
              // In partition order, so two nodes copying the same partitions cannot deadlock.
              byPartition.forEach(
                  (partition, logged) -> fresh.addAll(fresh(topic, partition, logged)));
              if (fresh.isEmpty()) {
                return List.<Long>of();
              }
              var deliveries = fresh.stream().map(l -> read(l.delivery())).toList();
              var ids =
                  rows.insert(deliveries, deliveries.stream().map(DeliveryPartitions::of).toList());
              for (int i = 0; i < ids.size(); i++) {
                reader.handOver(ids.get(i), deliveries.get(i));
              }
              return ids;
            });
    if (copied == null || copied.isEmpty()) {
      return 0;
    }
    signal.wake();
    return copied.size();
  }

  /**
   * The delivery with its events: a record another node's webhook wrote is read here, once, for its
   * customer's partition, and its events are handed to the pipeline. A body no parser reads goes to
   * partition 0 as on the webhook, and the pipeline parks it with the parser's error.
   */
  private InboundDelivery read(InboundDelivery delivery) {
    if (delivery.events() != null) {
      return delivery;
    }
    if (delivery.source().length() > MAX_SOURCE) {
      // Not a source of ours: kept under a name the inbox can store, so it cannot stall the log.
      delivery = new InboundDelivery(UNKNOWN, delivery.body(), null);
    }
    try {
      return new InboundDelivery(
          delivery.source(), delivery.body(), reader.parse(delivery.source(), delivery.body()));
    } catch (RuntimeException unreadable) {
      return delivery;
    }
  }

  /** The records of one log partition past its position, which moves past them. */
  private List<Logged> fresh(String topic, int partition, List<Logged> logged) {
    logged.sort(Comparator.comparingLong(Logged::offset));
    long last = logged.get(logged.size() - 1).offset();
    var position =
        jdbc.queryForList(
            "select next_offset from inbox_log_position where topic = ? and log_partition = ?"
                + " for update",
            Long.class,
            topic,
            partition);
    if (position.isEmpty()) {
      // Never copied from: a node inserting it at the same time fails on the key, and its records
      // are read again.
      jdbc.update(
          "insert into inbox_log_position (topic, log_partition, next_offset) values (?, ?, ?)",
          topic,
          partition,
          last + 1);
      return logged;
    }
    long next = position.get(0);
    if (last >= next) {
      jdbc.update(
          "update inbox_log_position set next_offset = ? where topic = ? and log_partition = ?",
          last + 1,
          topic,
          partition);
    }
    return logged.stream().filter(l -> l.offset() >= next).toList();
  }
}
