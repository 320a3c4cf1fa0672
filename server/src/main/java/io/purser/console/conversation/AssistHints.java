package io.purser.console.conversation;

import io.purser.airline.AirlineManagement;
import io.purser.airline.BookingActionView;
import io.purser.assist.AssistSetup;
import io.purser.assist.model.ModelAnswer;
import io.purser.assist.model.ModelProblem;
import io.purser.assist.model.ModelRequest;
import io.purser.assist.summary.HandOverSummary;
import io.purser.assist.summary.SummaryLine;
import io.purser.assist.summary.TimelineEntry;
import io.purser.assist.summary.TimelineEntry.Outcome;
import io.purser.assist.tone.ToneCheck;
import io.purser.assist.tone.ToneContext;
import io.purser.assist.tone.ToneKind;
import io.purser.console.ConsoleTimes;
import io.purser.conversation.MessageView;
import io.purser.identity.PurserPrincipal;
import io.purser.triage.Intent;
import io.purser.triage.Triage;
import io.purser.triage.TriageRequest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What agent assist adds to the conversation page, in the agent's words: the tone check of the
 * draft (it explains and suggests, never blocks) and the summary of a long conversation.
 */
@Component("assistHints")
public class AssistHints {

  /** A tone finding worded for the agent; {@code hint} for what only asks to reconsider. */
  public record ToneHint(String kind, String explanation, String suggestion, boolean hint) {}

  /** The summary's lines worded for the agent. */
  public record SummaryText(
      String wants, List<String> said, List<String> done, List<String> pending) {}

  private final Triage triage;
  private final ToneCheck tone;
  private final MessageSource messages;
  private final ConsoleTimes times;
  private final AirlineManagement airline;
  private final AssistSetup setup;

  AssistHints(
      Triage triage,
      MessageSource messages,
      ConsoleTimes times,
      AirlineManagement airline,
      AssistSetup setup) {
    this.setup = setup;
    this.triage = triage;
    this.tone = new ToneCheck(triage);
    this.messages = messages;
    this.times = times;
    this.airline = airline;
  }

  /**
   * The tone findings on a draft answering the customer's latest message. Personal data in public
   * is left out: the reply check already warns of it, as the send refuses it.
   */
  List<ToneHint> tone(
      long workspaceId,
      ConversationScreen screen,
      String draft,
      boolean isPublic,
      String signature,
      Locale locale) {
    if (draft == null || draft.isBlank()) {
      return List.of();
    }
    var last = lastCustomerMessage(screen);
    var context =
        new ToneContext(
            isPublic,
            screen.networkName(),
            last == null ? null : last.text(),
            last == null ? null : triage.classify(TriageRequest.ofText(last.text())),
            signature == null || signature.isBlank() ? null : signature.strip());
    return tone.check(draft, context, setup.toneRules(workspaceId)).stream()
        .filter(f -> f.kind() != ToneKind.PERSONAL_DATA_IN_PUBLIC)
        .map(
            f ->
                new ToneHint(
                    f.kind().wireName(),
                    word(f.explanationCode(), f.arguments(), locale),
                    word(f.suggestionCode(), f.arguments(), locale),
                    f.kind() == ToneKind.MISSING_APOLOGY))
        .toList();
  }

  /**
   * The summary in the request's language, for a long conversation or one handed over (another
   * person answered before the {@code viewer}); null while it is short and the viewer's own. Called
   * by the page's live fragment, whichever controller renders it.
   */
  public SummaryText summary(ConversationScreen screen, String viewer) {
    var locale = LocaleContextHolder.getLocale();
    var entries = new ArrayList<TimelineEntry>();
    boolean handedOver = false;
    for (var entry : screen.timeline()) {
      var m = entry.message();
      if (m.text() == null || m.text().isBlank()) {
        continue;
      }
      entries.add(m.isInbound() ? customer(m, entry) : TimelineEntry.reply(at(m), m.text(), of(m)));
      handedOver |= !m.isInbound() && m.authorName() != null && !m.authorName().equals(viewer);
    }
    entries.addAll(bookingActions(screen));
    entries.sort(Comparator.comparing(TimelineEntry::at));
    if (!HandOverSummary.worthShowing(entries) && !handedOver) {
      return null;
    }
    var summary = HandOverSummary.of(entries);
    return new SummaryText(
        line(summary.wants(), locale),
        summary.keySentences(),
        summary.done().stream().map(l -> line(l, locale)).toList(),
        summary.pending().stream().map(l -> line(l, locale)).toList());
  }

  /** Whether the viewer's workspace has an external model agents may ask for drafts. */
  public boolean modelEnabled() {
    var caller = caller();
    return caller != null && setup.modelEnabled(caller.workspaceId());
  }

  /**
   * A draft from the workspace's external model for the latest turns of the conversation: the
   * customer's name and handles are replaced before the request is built, and everything else
   * triage finds as personal data is masked by the client before it leaves.
   */
  ModelAnswer draft(long workspaceId, ConversationScreen screen, String brand, boolean isPublic) {
    var turns = new ArrayList<ModelRequest.Turn>();
    for (var entry : screen.timeline()) {
      var m = entry.message();
      if (m.text() != null && !m.text().isBlank()) {
        turns.add(
            new ModelRequest.Turn(
                m.isInbound() ? ModelRequest.Speaker.CUSTOMER : ModelRequest.Speaker.AGENT,
                withoutCustomer(m.text(), screen)));
      }
    }
    if (turns.isEmpty()) {
      return new ModelAnswer.Failed(ModelProblem.REJECTED, "the conversation has no text yet");
    }
    var latest = turns.subList(Math.max(0, turns.size() - DRAFT_TURNS), turns.size());
    return setup.draft(
        workspaceId, new ModelRequest(instructions(workspaceId, screen, brand, isPublic), latest));
  }

  /** The most recent turns a draft is asked for. */
  static final int DRAFT_TURNS = 20;

  private String instructions(
      long workspaceId, ConversationScreen screen, String brand, boolean isPublic) {
    var limit = isPublic ? screen.reply().publicLimit() : screen.reply().privateLimit();
    var never =
        setup.toneRules(workspaceId).promises().stream()
            .limit(20)
            .map(p -> "\"" + p.phrase() + "\"")
            .toList();
    return ("You draft one reply for an agent of %s's customer care, answering the customer's"
            + " latest message on %s, in a %s reply of at most %d characters. Write in the"
            + " customer's language, warmly, briefly and plainly; apologise when they complain."
            + " Never promise a refund, compensation or an outcome: say what will be checked%s."
            + " Do not invent booking details; keep bracketed placeholders such as [BOOKING_REF]"
            + " as they are. No signature. The agent checks and edits your draft before sending.")
        .formatted(
            brand == null ? "the brand" : brand,
            screen.networkName(),
            isPublic ? "public" : "private",
            limit,
            never.isEmpty() ? "" : " (never write " + String.join(", ", never) + ")");
  }

  private static String withoutCustomer(String text, ConversationScreen screen) {
    var out = HANDLE.matcher(text).replaceAll("[HANDLE]");
    var name = screen.customer().name();
    if (name != null && !name.isBlank()) {
      for (var part : name.strip().split("\\s+")) {
        if (part.length() > 1) {
          out = out.replaceAll("(?iu)\\b" + Pattern.quote(part) + "\\b", "[CUSTOMER]");
        }
      }
    }
    return out;
  }

  private static final Pattern HANDLE = Pattern.compile("@\\w{1,50}");

  private static PurserPrincipal caller() {
    return PurserPrincipal.current().orElse(null);
  }

  /**
   * The booking actions taken from this conversation, each when it last changed and what it came
   * to; none unless the viewer's workspace holds the conversation.
   */
  private List<TimelineEntry> bookingActions(ConversationScreen screen) {
    var p = caller();
    if (p == null) {
      return List.of();
    }
    return airline.actions(p.workspaceId(), screen.conversation().id()).orElse(List.of()).stream()
        .map(
            a ->
                new TimelineEntry(
                    TimelineEntry.Author.ACTION,
                    a.decidedAt() != null ? a.decidedAt() : a.requestedAt(),
                    null,
                    null,
                    null,
                    a.kind(),
                    of(a)))
        .toList();
  }

  private static Outcome of(BookingActionView action) {
    return switch (action.status()) {
      case "done", "partial" -> Outcome.DONE;
      case "failed", "rejected" -> Outcome.FAILED;
      default -> Outcome.PENDING;
    };
  }

  private TimelineEntry customer(MessageView m, ConversationScreen.TimelineEntry entry) {
    var result = triage.classify(TriageRequest.ofText(m.text()));
    var stored = entry.triaged() == null ? null : entry.triaged().intent();
    Intent intent = stored == null ? result.intent() : Intent.fromWireName(stored);
    return TimelineEntry.customer(at(m), m.text(), intent, result.urgency().level());
  }

  private static Outcome of(MessageView reply) {
    var status = reply.deliveryStatus() == null ? "sent" : reply.deliveryStatus();
    return switch (status) {
      case "failed", "unknown" -> Outcome.FAILED;
      case "queued", "sending", "checking" -> Outcome.PENDING;
      default -> Outcome.DONE;
    };
  }

  private static Instant at(MessageView m) {
    return m.createdAt() != null ? m.createdAt() : m.receivedAt();
  }

  private static MessageView lastCustomerMessage(ConversationScreen screen) {
    MessageView last = null;
    for (var entry : screen.timeline()) {
      if (entry.message().isInbound() && entry.message().text() != null) {
        last = entry.message();
      }
    }
    return last;
  }

  /** A summary line: intents and urgencies in words, times as the console writes them. */
  private String line(SummaryLine line, Locale locale) {
    var words = new ArrayList<Object>();
    for (var argument : line.arguments()) {
      words.add(wordArgument(argument, locale));
    }
    return messages.getMessage(line.code(), words.toArray(), line.code(), locale);
  }

  /** A count as a number (the messages choose "1 reply" or "2 replies"), anything else as text. */
  private Object wordArgument(String argument, Locale locale) {
    if (!argument.isEmpty()
        && argument.length() < 10
        && argument.chars().allMatch(Character::isDigit)) {
      return Long.valueOf(argument);
    }
    for (var prefix : List.of("intent.", "urgency.", "pii.", "booking.kind.")) {
      var worded = messages.getMessage(prefix + argument, null, null, locale);
      if (worded != null) {
        return worded;
      }
    }
    if (argument.length() > 10 && argument.charAt(4) == '-') {
      try {
        return times.time(Instant.parse(argument));
      } catch (DateTimeParseException notATime) {
        return argument;
      }
    }
    return argument;
  }

  private String word(String code, List<String> arguments, Locale locale) {
    var words = arguments.stream().map(a -> wordArgument(a, locale)).toArray();
    return messages.getMessage(code, words, code, locale);
  }
}
