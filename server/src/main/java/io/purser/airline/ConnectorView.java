package io.purser.airline;

/**
 * A workspace's airline connector as its administrator sees it: never the secret, only whether one
 * is set.
 *
 * @param source workspace (set by the workspace), installation (the default workspace follows
 *     purser.airline.*) or unset (no airline: booking actions answer 503)
 */
public record ConnectorView(
    String kind,
    String baseUrl,
    boolean hmacSecretSet,
    long connectTimeoutMs,
    long readTimeoutMs,
    String confirmations,
    String source) {

  public static ConnectorView of(ConnectorSettings s, String source) {
    return new ConnectorView(
        s.kind(),
        s.baseUrl() == null ? null : s.baseUrl().toString(),
        s.hmacSecret() != null && !s.hmacSecret().isBlank(),
        s.connectTimeout().toMillis(),
        s.readTimeout().toMillis(),
        s.confirmations(),
        source);
  }
}
