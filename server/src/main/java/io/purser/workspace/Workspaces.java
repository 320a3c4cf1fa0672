package io.purser.workspace;

import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The workspace table. */
@Repository
class Workspaces {

  private final JdbcClient jdbc;
  private final Clock clock;

  Workspaces(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Workspace insert(String slug, String name) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into workspace (slug, name, created_at) values (?, ?, ?)")
        .params(slug, name, clock.instant().atOffset(java.time.ZoneOffset.UTC))
        .update(keys, "id");
    return new Workspace(keys.getKey().longValue(), slug, name);
  }

  Optional<Workspace> findBySlug(String slug) {
    return jdbc.sql("select id, slug, name from workspace where slug = ?")
        .param(slug)
        .query(Workspace.class)
        .optional();
  }

  Optional<Workspace> findById(long id) {
    return jdbc.sql("select id, slug, name from workspace where id = ?")
        .param(id)
        .query(Workspace.class)
        .optional();
  }
}
