package io.purser;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Purser's own care of its database, under {@code purser.database.*}. The connection ({@code
 * PURSER_DATABASE_URL}, {@code _USER}, {@code _PASSWORD}) is read by {@code spring.datasource} in
 * {@code application.yml}.
 *
 * @param upkeepInterval how often {@link PostgresUpkeep} analyses and vacuums the tables that need
 *     it when PostgreSQL's autovacuum is off
 */
@ConfigurationProperties(prefix = "purser.database")
record DatabaseSettings(@DefaultValue("15s") Duration upkeepInterval) {}
