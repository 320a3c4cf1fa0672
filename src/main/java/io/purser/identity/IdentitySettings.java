package io.purser.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param apiToken the bootstrap admin token ({@code PURSER_API_TOKEN}); absent ⇒ no bootstrap
 *     token, tokens are then created by an admin
 * @param defaultWorkspaceName the name of the workspace a fresh installation starts with
 */
@ConfigurationProperties(prefix = "purser")
public record IdentitySettings(String apiToken, String defaultWorkspaceName) {

  public IdentitySettings {
    defaultWorkspaceName = defaultWorkspaceName == null ? "Default" : defaultWorkspaceName;
  }

  @Override
  public String toString() {
    return "IdentitySettings[apiToken=" + (apiToken == null ? "unset" : "***") + "]";
  }
}
