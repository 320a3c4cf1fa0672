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
    var before = jdbc.queryForObject("select clock_timestamp()", java.sql.Timestamp.class);
    // Past the threshold (50 rows + 10 % of the table) whatever other tests of this JVM wrote.
    long rows = Math.max(400, jdbc.queryForObject("select count(*) from search_term", Long.class));
    var terms = new java.util.ArrayList<Object[]>();
    for (int i = 0; i < rows; i++) {
      terms.add(new Object[] {ws.id(), "upkeep" + i, i});
    }
    jdbc.batchUpdate(
        "insert into search_term (workspace_id, term, conversation_id) values (?, ?, ?)", terms);
    // PostgreSQL publishes its table counters within a second or so. The scheduled upkeep of this
    // same application may analyse the table before the call here does: either is Purser's upkeep.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> upkeep.upkeep().contains("search_term") || analysedSince(before));
    assertThat(analysedSince(before)).isTrue();
    assertThat(upkeep.upkeep()).doesNotContain("search_term");
  }

  private boolean analysedSince(java.sql.Timestamp instant) {
    return Boolean.TRUE.equals(
        jdbc.queryForObject(
            "select coalesce(last_analyze >= ?, false) from pg_stat_user_tables"
                + " where relname = 'search_term' and schemaname = current_schema()",
            Boolean.class,
            instant));
  }
}
