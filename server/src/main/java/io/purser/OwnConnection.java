package io.purser;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A database connection of a node's own, outside the pool, for what holds one for as long as the
 * node lives (a {@code LISTEN}, an advisory lock): it never takes a connection the pipeline or the
 * web requests need, and the pool's validation never hands it to someone else.
 */
public final class OwnConnection {

  private OwnConnection() {}

  /** A new connection to the pool's database, with the pool's credentials. */
  public static Connection open(DataSource dataSource) throws SQLException {
    if (dataSource instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null) {
      return DriverManager.getConnection(
          hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
    }
    return dataSource.getConnection();
  }

  /** Whether the database is PostgreSQL, which several nodes may share (H2 opens for one). */
  public static boolean isPostgres(DataSource dataSource) {
    try (var connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot tell which database this is", e);
    }
  }
}
