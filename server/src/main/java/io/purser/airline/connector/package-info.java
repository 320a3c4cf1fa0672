/**
 * Each workspace's airline connector: its own settings or the installation's ({@code
 * AirlineConnectors}), checked and stored by its administrator ({@code ConnectorSetup}); internal
 * to the airline module.
 */
package io.purser.airline.connector;
