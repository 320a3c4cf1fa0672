package io.purser.conversation;

import io.purser.conversation.domain.Tags;
import io.purser.conversation.search.SearchQueries;
import io.purser.conversation.store.ConversationViews;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * Finds conversations of a workspace by customer name, handle ({@code @name}), tag ({@code #tag}),
 * or words in their messages (a record locator, a flight number, a phrase; each word also finds the
 * words it begins and its other simple forms, see {@link SearchWords#stem}); newest activity first.
 */
@Service
public class ConversationSearch {

  /**
   * A conversation found, with the message that matched (null when the match was not a message) and
   * the snippet to show: the matched message, else the conversation's preview, around the words
   * found.
   */
  public record Hit(
      ConversationSummary conversation,
      Long messageId,
      String messageText,
      SearchSnippet snippet) {}

  private final SearchQueries queries;
  private final ConversationViews conversations;

  ConversationSearch(SearchQueries queries, ConversationViews conversations) {
    this.queries = queries;
    this.conversations = conversations;
  }

  public List<Hit> search(long workspaceId, String query, int limit) {
    var q = query == null ? "" : query.strip();
    if (q.isEmpty()) {
      return List.of();
    }
    List<SearchQueries.Match> matches;
    List<String> stems = List.of();
    if (q.startsWith("#")) {
      matches = queries.byTag(workspaceId, Tags.normalise(q), limit);
    } else if (q.startsWith("@")) {
      matches = queries.byHandle(workspaceId, q.substring(1).toLowerCase(Locale.ROOT), limit);
    } else {
      matches = queries.byWords(workspaceId, q, limit);
      stems = SearchWords.of(q).stream().map(SearchWords::stem).toList();
    }
    var summaries =
        conversations.summaries(
            workspaceId, matches.stream().map(SearchQueries.Match::conversationId).toList());
    var hits = new ArrayList<Hit>();
    for (var match : matches) {
      var summary = summaries.get(match.conversationId());
      if (summary != null) {
        var text = match.text() != null ? match.text() : summary.preview();
        hits.add(new Hit(summary, match.messageId(), match.text(), SearchSnippet.of(text, stems)));
      }
    }
    return hits;
  }
}
