package io.purser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.purser.testing.IntegrationTest;
import io.purser.testing.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On a PostgreSQL server whose autovacuum is off (this machine's, and CI's), Purser analyses its
 * tables itself, so the planner knows how big they have grown.
 */
class PostgresUpkeepIT extends IntegrationTest {

  @Autowired PostgresUpkeep upkeep;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aTableThatChangedIsAnalysedOnceAndThenLeftAlone() throws Exception {
    boolean autovacuumOff =
        TestDatabase.isPostgres()
            && "off"
                .equals(jdbc.queryForObject("select current_setting('autovacuum')", String.class));
    if (!autovacuumOff) {
      // H2, or a server that does this itself: nothing to do, nothing done.
      assertThat(upkeep.upkeep()).isEmpty();
      return;
    }
    var ws = api.newWorkspace();
    for (int i = 0; i < 400; i++) {
      jdbc.update(
          "insert into search_term (workspace_id, term, conversation_id) values (?, ?, ?)",
          ws.id(),
          "upkeep" + i,
          i);
    }
    // PostgreSQL publishes its table counters within a second or so.
    await().atMost(Duration.ofSeconds(15)).until(() -> upkeep.upkeep().contains("search_term"));
    assertThat(
            jdbc.queryForObject(
                "select last_analyze is not null from pg_stat_user_tables where relname ="
                    + " 'search_term' and schemaname = current_schema()",
                Boolean.class))
        .isTrue();
    assertThat(upkeep.upkeep()).doesNotContain("search_term");
  }
}
