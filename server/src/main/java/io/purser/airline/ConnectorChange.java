package io.purser.airline;

/**
 * What a workspace's administrator sets as its airline connector ({@code PUT
 * /api/v1/airline/connector}). Omitted timeouts take their defaults; an omitted secret keeps the
 * one already set for the same base URL, so changing a timeout does not mean typing it again.
 *
 * @param kind none, demo (only where the installation runs the demo airline) or http
 * @param baseUrl https URL of the airline's connector endpoints (http only)
 * @param hmacSecret at least 16 characters (http only); never shown again
 * @param confirmations smtp (Purser sends the confirmation, default) or connector (the airline)
 */
public record ConnectorChange(
    String kind,
    String baseUrl,
    String hmacSecret,
    Integer connectTimeoutMs,
    Integer readTimeoutMs,
    String confirmations) {}
