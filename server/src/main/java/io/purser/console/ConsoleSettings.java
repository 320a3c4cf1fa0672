package io.purser.console;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the console behaves, under {@code purser.console.*}.
 *
 * @param signatureStyle how an agent's signature is appended to their replies, {@code {signature}}
 *     standing for theirs (by default "… ^AB", as airlines sign on X)
 */
@ConfigurationProperties(prefix = "purser.console")
public record ConsoleSettings(@DefaultValue(" ^{signature}") String signatureStyle) {}
