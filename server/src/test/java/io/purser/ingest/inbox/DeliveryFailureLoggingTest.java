package io.purser.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.purser.BoundSettings;
import io.purser.ingest.IngestSettings;
import io.purser.ingest.WebhookPayloadParser;
import io.purser.ingest.routing.InboundEventRouter;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A delivery that fails is logged and recorded by its id and the exception's classes: never with
 * the customer's text, which a database error quotes (H2 prints the start of a value that did not
 * fit) and a stack trace would carry into the logs.
 */
class DeliveryFailureLoggingTest {

  private static final String CUSTOMER_TEXT = "my passport is X1234567, card 4111 1111 1111 1111";

  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private final Logger processorLog = (Logger) LoggerFactory.getLogger(DeliveryProcessor.class);

  @BeforeEach
  void captureLogs() {
    logged.start();
    processorLog.addAppender(logged);
  }

  @AfterEach
  void releaseLogs() {
    processorLog.detachAppender(logged);
  }

  @Test
  void aFailingDeliveryIsLoggedByIdWithoutTheCustomersText() {
    var rows = mock(InboxRows.class);
    var body = ("{\"text\":\"" + CUSTOMER_TEXT + "\"}").getBytes(StandardCharsets.UTF_8);
    when(rows.claim(anyInt(), anyInt(), anyInt()))
        .thenReturn(List.of(new StoredDelivery(4711, "x", body, 2, 0)));
    var processor =
        new DeliveryProcessor(
            rows,
            mock(InboundEventRouter.class),
            new DeliveryReader(List.of(parserFailingLikeTheDatabase())),
            new TransactionTemplate(new NoTransactions()),
            BoundSettings.of(IngestSettings.class, "max-attempts=3", "workers=1"));

    processor.processNextBatch(0, 1);

    var error = ArgumentCaptor.forClass(String.class);
    verify(rows).recordFailure(eq(4711L), error.capture(), eq(true));
    assertThat(error.getValue())
        .contains("DataIntegrityViolationException", "SQL state 22001")
        .doesNotContain("passport", "4111");
    assertThat(logged.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .anySatisfy(line -> assertThat(line).contains("Delivery 4711 failed"));
    assertThat(logged.list)
        .allSatisfy(
            event -> {
              assertThat(event.getFormattedMessage()).doesNotContain("passport", "4111");
              assertThat(event.getThrowableProxy()).isNull();
            });
  }

  /** Fails as recording a message whose triage did not fit failed: quoting the value. */
  private static WebhookPayloadParser parserFailingLikeTheDatabase() {
    var parser = mock(WebhookPayloadParser.class);
    when(parser.source()).thenReturn("x");
    when(parser.parse(org.mockito.ArgumentMatchers.any()))
        .thenThrow(
            new DataIntegrityViolationException(
                "PreparedStatementCallback; Value too long for column \"triage\": '{\"text\":\""
                    + CUSTOMER_TEXT
                    + "\"...'",
                new SQLException("Value too long: " + CUSTOMER_TEXT, "22001")));
    return parser;
  }
}
