package io.purser.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.ingest.InboundDelivery;
import io.purser.ingest.InboundEvent;
import io.purser.ingest.InboundEvent.InboundMessage;
import io.purser.ingest.InboundEvent.Kind;
import io.purser.ingest.InboundEvent.Party;
import io.purser.ingest.MalformedPayloadException;
import io.purser.ingest.WebhookPayloadParser;
import io.purser.workspace.Network;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryPartitionsTest {

  private static InboundMessage message(String author, String counterpart, boolean fromAccount) {
    return new InboundMessage(
        Network.X,
        "brand",
        "m" + author,
        Kind.DIRECT,
        new Party(author, null, null),
        counterpart == null ? null : new Party(counterpart, null, null),
        fromAccount,
        "hi",
        null,
        null,
        Instant.EPOCH,
        List.of());
  }

  @Test
  void aCustomersMessagesAndTheBrandsAnswersToThemShareAPartition() {
    int customer = DeliveryPartitions.of(message("42", "brand", false));
    assertThat(DeliveryPartitions.of(message("brand", "42", true))).isEqualTo(customer);
    assertThat(DeliveryPartitions.of(message("42", null, false))).isEqualTo(customer);
  }

  @Test
  void customersSpreadOverAllPartitions() {
    var used = new HashSet<Integer>();
    for (int i = 0; i < 5_000; i++) {
      int p = DeliveryPartitions.of(message(Long.toString(1_000_000L + i), null, false));
      assertThat(p).isBetween(0, DeliveryPartitions.PARTITIONS - 1);
      used.add(p);
    }
    assertThat(used).hasSize(DeliveryPartitions.PARTITIONS);
  }

  @Test
  void aBodyThatDoesNotParseGoesToPartitionZero() {
    var refusing =
        new WebhookPayloadParser() {
          @Override
          public String source() {
            return "x";
          }

          @Override
          public List<InboundEvent> parse(byte[] body) {
            throw new MalformedPayloadException("not json");
          }
        };
    assertThat(DeliveryPartitions.of(InboundDelivery.read(refusing, "{".getBytes()))).isZero();
    assertThat(DeliveryPartitions.of(new InboundDelivery("unknown", "{}".getBytes(), List.of())))
        .isZero();
  }
}
