package io.purser.conversation.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.testing.Api;
import io.purser.testing.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The index remembers what it committed so it need not write it again; what it remembers must never
 * hide a term that is not in the table.
 */
class SearchIndexIT extends IntegrationTest {

  @Autowired SearchIndex index;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

  private Api.Workspace ws;
  private long conversation;

  @BeforeEach
  void aConversation() {
    ws = api.newWorkspace();
    // search_term has no foreign keys: any id of this workspace's own will do.
    conversation = 9_000_000_000L + (ws.id() % 1_000_000_000L);
  }

  private List<String> terms() {
    return jdbc.queryForList(
        "select term from search_term where workspace_id = ? and conversation_id = ? order by term",
        String.class,
        ws.id(),
        conversation);
  }

  @Test
  void termsOfARolledBackTransactionAreWrittenWhenTheWorkIsDoneAgain() {
    transactions.executeWithoutResult(
        tx -> {
          index.add(ws.id(), conversation, List.of("refund", "storm"));
          tx.setRollbackOnly();
        });
    assertThat(terms()).isEmpty();

    // The pipeline retries the batch: the terms must land, not be skipped as already written.
    transactions.executeWithoutResult(
        tx -> index.add(ws.id(), conversation, List.of("refund", "storm")));
    assertThat(terms()).containsExactly("refund", "storm");
  }

  @Test
  void aTermIsKeptOnceHoweverOftenItIsWritten() {
    transactions.executeWithoutResult(
        tx -> index.add(ws.id(), conversation, List.of("refund", "bag")));
    transactions.executeWithoutResult(
        tx -> index.add(ws.id(), conversation, List.of("refund", "bag", "lisbon")));
    assertThat(terms()).containsExactly("bag", "lisbon", "refund");
  }

  @Test
  void aTermWrittenByAnotherNodeIsNotWrittenTwice() {
    // Another node's row: this node never wrote it, so it tries, and the unique key keeps one.
    jdbc.update(
        "insert into search_term (workspace_id, term, conversation_id) values (?, 'refund', ?)",
        ws.id(),
        conversation);
    transactions.executeWithoutResult(
        tx -> index.add(ws.id(), conversation, List.of("refund", "seat")));
    assertThat(terms()).containsExactly("refund", "seat");
  }
}
