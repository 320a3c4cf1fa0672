package io.purser.conversation.search;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The search terms this node has committed for its most recently written conversations, so the
 * pipeline does not write them again: a customer's later messages repeat most of the words of the
 * earlier ones, and each repeat costs the database a unique-index probe that fails (on H2 an
 * exception built and thrown inside the driver). A term found here is in {@code search_term}: terms
 * are added only after the transaction that wrote them committed, and the table never loses a term
 * (see {@link SearchIndex}). A term not found here may still be there (written by another node, or
 * before this one started): the insert's {@code on conflict do nothing} covers it.
 *
 * <p>Terms are kept as 64-bit hashes, sorted, per conversation, for the {@value #CONVERSATIONS}
 * conversations written most recently: about 200 bytes a conversation. Two different terms of one
 * conversation with the same hash would leave the second one out of the index; with 64 bits and a
 * few dozen terms a conversation that chance is about 10^-16.
 */
final class WrittenTerms {

  static final int CONVERSATIONS = 20_000;

  private static final long[] NONE = {};

  private final Map<Long, long[]> byConversation =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, long[]> eldest) {
          return size() > CONVERSATIONS;
        }
      };

  /** Whether {@code term} is known to be in the conversation's index. */
  synchronized boolean contains(long conversationId, String term) {
    var hashes = byConversation.get(conversationId);
    return hashes != null && Arrays.binarySearch(hashes, hash(term)) >= 0;
  }

  /** Notes terms that are now committed for the conversation. */
  synchronized void add(long conversationId, Collection<String> terms) {
    var known = byConversation.getOrDefault(conversationId, NONE);
    var all = Arrays.copyOf(known, known.length + terms.size());
    int size = known.length;
    for (var term : terms) {
      all[size++] = hash(term);
    }
    Arrays.sort(all);
    int distinct = 0;
    for (int i = 0; i < all.length; i++) {
      if (distinct == 0 || all[i] != all[distinct - 1]) {
        all[distinct++] = all[i];
      }
    }
    byConversation.put(conversationId, Arrays.copyOf(all, distinct));
  }

  /** FNV-1a over the UTF-16 units, then a 64-bit finaliser (MurmurHash3's fmix64). */
  static long hash(String term) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < term.length(); i++) {
      h ^= term.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
