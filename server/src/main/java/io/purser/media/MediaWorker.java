package io.purser.media;

import io.purser.media.MediaFetcher.Fetched;
import io.purser.media.domain.FlightReader;
import io.purser.media.domain.SeenFlight;
import io.purser.workspace.ChannelAccount;
import io.purser.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fetches the attachments noted by the {@link MediaListener}, a few at a time, every second (on
 * threads of its own, see {@link MediaRounds}): claims them (a lease, so workers on several nodes
 * share them and a crash leaves them to the next), downloads each outside any transaction, checks
 * from its bytes that it is an image, reads it with OCR and the flights in the text, and keeps it.
 * Failures back off (5 s, 10 s, 20 s, …) up to the configured attempts; a refusal (too large, host
 * not allowed, gone) is final at once.
 */
@Component
class MediaWorker {

  private static final Logger log = LoggerFactory.getLogger(MediaWorker.class);
  private static final int BATCH = 4;

  private final MediaStore store;
  private final MediaFetcher fetcher;
  private final TextRecognizer ocr;
  private final MediaSettings settings;
  private final WorkspaceManagement workspaces;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  MediaWorker(
      MediaStore store,
      MediaFetcher fetcher,
      TextRecognizer ocr,
      MediaSettings settings,
      WorkspaceManagement workspaces,
      TransactionTemplate transactions,
      ApplicationEventPublisher events,
      Clock clock) {
    this.store = store;
    this.fetcher = fetcher;
    this.ocr = ocr;
    this.settings = settings;
    this.workspaces = workspaces;
    this.transactions = transactions;
    this.events = events;
    this.clock = clock;
  }

  /** One round: claims and processes batches until fewer are due than a batch holds. */
  void work() {
    try {
      List<MediaStore.Due> due;
      do {
        var lease = settings.fetchTimeout().plus(settings.ocrTimeout()).plusSeconds(30);
        due = transactions.execute(tx -> store.claim(clock.instant(), BATCH, lease));
        due.forEach(this::process);
      } while (due.size() == BATCH);
    } catch (RuntimeException failure) {
      log.warn("Fetching attachments failed; the next round tries again", failure);
    }
  }

  void process(MediaStore.Due due) {
    var token =
        workspaces
            .findAccount(due.workspaceId(), due.channelAccountId())
            .map(ChannelAccount::accessToken)
            .orElse(null);
    var fetched = fetcher.fetch(due.network(), due.url(), token);
    var now = clock.instant();
    if (fetched instanceof Fetched.Refused refused) {
      finish(due, "skipped", () -> store.skipped(due.id(), refused.why(), now));
    } else if (fetched instanceof Fetched.Failed failed) {
      var retryAt = due.attempts() >= settings.maxAttempts() ? null : now.plus(backoff(due));
      transactions.executeWithoutResult(
          tx -> store.attemptFailed(due.id(), failed.why(), retryAt, now));
      if (retryAt == null) {
        finish(due, "failed", () -> {});
      }
    } else {
      keep(due, ((Fetched.Bytes) fetched).bytes());
    }
  }

  private void keep(MediaStore.Due due, byte[] bytes) {
    var type = ImageType.sniff(bytes);
    if (type.isEmpty()) {
      finish(
          due,
          "skipped",
          () -> store.skipped(due.id(), "not an image (" + due.kind() + ")", clock.instant()));
      return;
    }
    var reading = ocr.read(bytes);
    List<SeenFlight> flights =
        "done".equals(reading.status())
            ? FlightReader.read(reading.text(), due.sentAt().atOffset(ZoneOffset.UTC).toLocalDate())
            : List.of();
    finish(
        due,
        "stored",
        () ->
            store.stored(
                due.id(),
                type.get().contentType,
                bytes,
                reading.status(),
                reading.text(),
                flights,
                clock.instant()));
  }

  private void finish(MediaStore.Due due, String status, Runnable write) {
    transactions.executeWithoutResult(
        tx -> {
          write.run();
          events.publishEvent(
              new MediaProcessed(due.workspaceId(), due.conversationId(), due.id(), status));
        });
  }

  private static Duration backoff(MediaStore.Due due) {
    return Duration.ofSeconds(5L << Math.min(due.attempts() - 1, 10));
  }
}
