package io.purser;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.testing.IntegrationTest;
import io.purser.testing.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A duty only one node should do is one node's at a time, and another node takes it over when the
 * first goes. Two {@link NodeDuties} on one database stand for two nodes (each holds its locks on a
 * connection of its own, as two processes would).
 */
class NodeDutiesIT extends IntegrationTest {

  @Autowired DataSource dataSource;

  @Test
  void aDutyIsOneNodesAtATimeAndTakenOverWhenThatNodeGoes() {
    var first = new NodeDuties(dataSource);
    var second = new NodeDuties(dataSource);
    try {
      if (!TestDatabase.isPostgres()) {
        // H2 is opened by one node: every duty is its own.
        assertThat(first.mine("test-sweep")).isTrue();
        assertThat(second.mine("test-sweep")).isTrue();
        return;
      }
      assertThat(first.mine("test-sweep")).as("the first node to ask takes the duty").isTrue();
      assertThat(second.mine("test-sweep")).as("the other node leaves it").isFalse();
      assertThat(first.mine("test-sweep")).as("and keeps it while it lives").isTrue();
      assertThat(second.mine("test-vacuum")).as("duties are held one by one").isTrue();
      assertThat(first.mine("test-vacuum")).isFalse();

      first.destroy(); // the node goes: its connection, and so its locks, are gone

      assertThat(second.mine("test-sweep")).as("the other node takes the duty over").isTrue();
      var third = new NodeDuties(dataSource);
      try {
        assertThat(third.mine("test-sweep")).as("a node joining later leaves it").isFalse();
      } finally {
        third.destroy();
      }
    } finally {
      first.destroy();
      second.destroy();
    }
  }

  @Test
  void dutyKeysAreStableAndApart() {
    assertThat(NodeDuties.key("routing-sweep")).isEqualTo(NodeDuties.key("routing-sweep"));
    assertThat(NodeDuties.key("routing-sweep")).isNotEqualTo(NodeDuties.key("postgres-upkeep"));
    assertThat(NodeDuties.key("routing-sweep") >>> 32).isEqualTo(0x5055_5253L);
  }
}
