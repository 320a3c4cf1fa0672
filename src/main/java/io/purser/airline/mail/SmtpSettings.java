package io.purser.airline.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SMTP server confirmations go out through, under {@code purser.smtp.*} (PURSER_SMTP_HOST,
 * PURSER_SMTP_PORT, …). Without a host nothing is sent by SMTP: each e-mail is only kept for the
 * mailbox page (status "mailbox").
 *
 * @param from the sender address of confirmations (default {@code no-reply@purser.local})
 * @param timeout connecting, reading and writing to the SMTP server (default 10 seconds)
 */
@ConfigurationProperties(prefix = "purser.smtp")
public record SmtpSettings(
    String host,
    Integer port,
    String username,
    String password,
    Boolean starttls,
    String from,
    Duration timeout) {

  public SmtpSettings {
    port = port == null ? 25 : port;
    starttls = starttls != null && starttls;
    from = from == null || from.isBlank() ? "no-reply@purser.local" : from;
    timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
  }

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
