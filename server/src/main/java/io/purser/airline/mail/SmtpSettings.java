package io.purser.airline.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMTP server confirmations go out through, under {@code purser.smtp.*} (PURSER_SMTP_HOST,
 * PURSER_SMTP_PORT, …). Without a host nothing is sent by SMTP: each e-mail is only kept for the
 * mailbox page (status "mailbox").
 *
 * @param host the SMTP server ({@code PURSER_SMTP_HOST}); none: e-mails are only kept for the
 *     mailbox page
 * @param port the SMTP server's port ({@code PURSER_SMTP_PORT})
 * @param username the SMTP user, if the server asks for one
 * @param password the SMTP user's password; never shown
 * @param starttls whether to upgrade the connection with STARTTLS
 * @param from the sender address of confirmations
 * @param timeout connecting, reading and writing to the SMTP server
 */
@ConfigurationProperties(prefix = "purser.smtp")
public record SmtpSettings(
    String host,
    @DefaultValue("25") int port,
    String username,
    String password,
    boolean starttls,
    @DefaultValue("no-reply@purser.local") String from,
    @DefaultValue("10s") Duration timeout) {

  public boolean configured() {
    return host != null && !host.isBlank();
  }

  @Override
  public String toString() {
    return "SmtpSettings[host="
        + host
        + ", port="
        + port
        + ", username="
        + username
        + ", password="
        + (password == null ? "none" : "***")
        + ", from="
        + from
        + "]";
  }
}
