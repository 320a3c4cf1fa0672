package io.purser.airline.mail;

import io.purser.airline.ConfirmationOutcome;
import io.purser.airline.domain.Booking;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Sends a booking's confirmation by SMTP, at most once per workspace and idempotency key (the same
 * key in two workspaces is two e-mails), and keeps every e-mail (sent, kept for the mailbox page
 * when no SMTP server is configured, or failed with the error). A failed e-mail is tried again when
 * the same key comes again.
 */
@Component
public class ConfirmationMail {

  private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final SentEmails sent;
  private final SmtpSettings settings;
  private final JavaMailSenderImpl smtp;
  private final Clock clock;

  ConfirmationMail(SentEmails sent, SmtpSettings settings, Clock clock) {
    this.sent = sent;
    this.settings = settings;
    this.clock = clock;
    this.smtp = settings.configured() ? sender(settings) : null;
  }

  /**
   * @param workspaceId the workspace whose agent sent it, or whose connector asked the demo airline
   * @param to the address, or null for the booking's own (whoever calls has checked that another
   *     address was approved)
   */
  /** The workspace's latest confirmations, newest first: the demo's mailbox page shows them. */
  public List<SentEmails.SentEmail> latest(long workspaceId, int limit) {
    return sent.latest(workspaceId, limit);
  }

  public ConfirmationOutcome send(
      long workspaceId, Booking booking, String to, String language, String key) {
    var recipient = to == null || to.isBlank() ? booking.email() : to.strip();
    if (recipient == null) {
      return new ConfirmationOutcome.Refused(
          "no_email", "Booking " + booking.recordLocator() + " has no e-mail address; give one");
    }
    if (!ADDRESS.matcher(recipient).matches()) {
      return new ConfirmationOutcome.Refused(
          "bad_email", "'" + recipient + "' is not an e-mail address");
    }
    var earlier = sent.byKey(workspaceId, key);
    if (earlier.isPresent() && !"failed".equals(earlier.get().status())) {
      return new ConfirmationOutcome.Sent(earlier.get().recipient());
    }
    var mail = ItineraryText.render(booking, language);
    if (earlier.isEmpty()) {
      try {
        sent.insert(
            workspaceId,
            key,
            booking.recordLocator(),
            recipient,
            mail.subject(),
            mail.body(),
            clock.instant());
      } catch (DuplicateKeyException concurrent) {
        return new ConfirmationOutcome.Sent(recipient);
      }
    }
    return deliver(workspaceId, key, recipient, mail);
  }

  private ConfirmationOutcome deliver(
      long workspaceId, String key, String recipient, ItineraryText.Mail mail) {
    if (smtp == null) {
      sent.finish(workspaceId, key, "mailbox", null);
      return new ConfirmationOutcome.Sent(recipient);
    }
    var message = new SimpleMailMessage();
    message.setFrom(settings.from());
    message.setTo(recipient);
    message.setSubject(mail.subject());
    message.setText(mail.body());
    try {
      smtp.send(message);
      sent.finish(workspaceId, key, "sent", null);
      return new ConfirmationOutcome.Sent(recipient);
    } catch (MailException failed) {
      var reason = "The SMTP server did not take the e-mail: " + failed.getMessage();
      sent.finish(workspaceId, key, "failed", reason);
      return new ConfirmationOutcome.Refused("smtp_failed", reason);
    }
  }

  private static JavaMailSenderImpl sender(SmtpSettings s) {
    var sender = new JavaMailSenderImpl();
    sender.setHost(s.host());
    sender.setPort(s.port());
    sender.setUsername(s.username());
    sender.setPassword(s.password());
    sender.setDefaultEncoding("UTF-8");
    var props = new Properties();
    var millis = String.valueOf(s.timeout().toMillis());
    props.put("mail.smtp.connectiontimeout", millis);
    props.put("mail.smtp.timeout", millis);
    props.put("mail.smtp.writetimeout", millis);
    props.put("mail.smtp.auth", String.valueOf(s.username() != null));
    props.put("mail.smtp.starttls.enable", String.valueOf(s.starttls()));
    sender.setJavaMailProperties(props);
    return sender;
  }
}
