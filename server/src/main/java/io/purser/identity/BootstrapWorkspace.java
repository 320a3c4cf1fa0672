package io.purser.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The workspace the bootstrap token works in: the installation's default one, created at start-up
 * by the workspace module. Read by slug here so identity need not depend on the workspace module
 * (which depends on identity for its callers).
 */
@Component
class BootstrapWorkspace {

  private final JdbcClient jdbc;
  private volatile Long id;

  BootstrapWorkspace(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long id() {
    if (id == null) {
      id =
          jdbc.sql("select id from workspace where slug = 'default'")
              .query(Long.class)
              .optional()
              .orElseThrow(
                  () -> new IllegalStateException("the default workspace is created at start-up"));
    }
    return id;
  }
}
