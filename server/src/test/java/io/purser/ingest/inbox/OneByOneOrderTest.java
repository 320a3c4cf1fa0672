package io.purser.ingest.inbox;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.purser.BoundSettings;
import io.purser.ingest.IngestSettings;
import io.purser.ingest.WebhookPayloadParser;
import io.purser.ingest.routing.InboundEventRouter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When a batch fails, its deliveries are tried one by one. A delivery that fails but may yet
 * succeed holds up the later deliveries of its partition (one customer's messages are never
 * processed past one of theirs) and nothing else; once it is parked, it holds up nothing.
 */
class OneByOneOrderTest {

  private final InboxRows rows = mock(InboxRows.class);
  private final InboundEventRouter router = mock(InboundEventRouter.class);

  private final DeliveryProcessor processor =
      new DeliveryProcessor(
          rows,
          router,
          new DeliveryReader(List.of(parserFailingOn("poison"))),
          new TransactionTemplate(new NoTransactions()),
          BoundSettings.of(IngestSettings.class, "max-attempts=3", "workers=1"));

  OneByOneOrderTest() {
    when(router.batch()).thenReturn(mock(InboundEventRouter.Batch.class));
  }

  @Test
  void aFailureThatMayYetSucceedHoldsUpItsPartitionOnly() {
    claims(delivery(1, "poison", 0, 5), delivery(2, "fine", 0, 5), delivery(3, "fine", 0, 6));

    processor.processNextBatch(0, 1);

    verify(rows).recordFailure(eq(1L), anyString(), eq(false));
    verify(rows, never()).markDone(argThat(ids -> ids.contains(2L)));
    verify(rows).markDone(List.of(3L));
  }

  @Test
  void aParkedDeliveryHoldsUpNothing() {
    claims(delivery(1, "poison", 2, 5), delivery(2, "fine", 0, 5));

    processor.processNextBatch(0, 1);

    verify(rows).recordFailure(eq(1L), anyString(), eq(true));
    verify(rows).markDone(List.of(2L));
  }

  private void claims(StoredDelivery... deliveries) {
    when(rows.claim(anyInt(), anyInt(), anyInt())).thenReturn(Arrays.asList(deliveries));
  }

  private static StoredDelivery delivery(long id, String body, int attempts, int partition) {
    return new StoredDelivery(id, "x", body.getBytes(StandardCharsets.UTF_8), attempts, partition);
  }

  /** Reads every body as no events, but fails on {@code poison} as a database error would. */
  private static WebhookPayloadParser parserFailingOn(String poison) {
    var parser = mock(WebhookPayloadParser.class);
    when(parser.source()).thenReturn("x");
    when(parser.parse(any()))
        .thenAnswer(
            call -> {
              if (new String((byte[]) call.getArgument(0), StandardCharsets.UTF_8).equals(poison)) {
                throw new DataIntegrityViolationException("unique key");
              }
              return List.of();
            });
    return parser;
  }
}
