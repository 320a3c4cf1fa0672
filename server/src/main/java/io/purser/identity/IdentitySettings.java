package io.purser.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param apiToken the bootstrap admin token ({@code PURSER_API_TOKEN}); absent ⇒ no bootstrap
 *     token, tokens are then created by an admin
 * @param defaultWorkspaceName the name of the workspace a fresh installation starts with
 */
@ConfigurationProperties(prefix = "purser")
public record IdentitySettings(
    String apiToken, @DefaultValue("Default") String defaultWorkspaceName) {

  @Override
  public String toString() {
    return "IdentitySettings[apiToken=" + (apiToken == null ? "unset" : "***") + "]";
  }
}
