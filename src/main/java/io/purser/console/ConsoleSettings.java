package io.purser.console;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the console behaves, under {@code purser.console.*}.
 *
 * @param signatureStyle how an agent's signature is appended to their replies, {@code {signature}}
 *     standing for theirs (default {@code " ^{signature}"}, giving "… ^AB" as airlines sign on X)
 */
@ConfigurationProperties(prefix = "purser.console")
public record ConsoleSettings(String signatureStyle) {

  public ConsoleSettings {
    signatureStyle = signatureStyle == null ? " ^{signature}" : signatureStyle;
  }
}
