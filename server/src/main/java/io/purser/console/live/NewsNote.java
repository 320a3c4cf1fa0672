package io.purser.console.live;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One note of console news between nodes, as plain ASCII: the writing node, then the conversations
 * that changed per workspace and the workspaces whose agents changed, e.g. {@code
 * 5f0c…|c12:401,402|c13:7|a12}. A batch of news too long for one note is cut into several, each
 * whole and each naming its node. A note that does not read as one (anyone who may connect to the
 * database can write to the channel) is ignored.
 */
record NewsNote(String node, Map<Long, Set<Long>> conversations, Set<Long> agents) {

  /** The notes that carry this news, none longer than {@code maxLength} characters. */
  static List<String> write(
      String node, Map<Long, Set<Long>> conversations, Set<Long> agents, int maxLength) {
    var notes = new ArrayList<String>();
    var note = new StringBuilder(node);
    for (var entry : conversations.entrySet()) {
      var part = new StringBuilder("|c").append(entry.getKey()).append(':');
      int empty = part.length();
      for (var id : entry.getValue()) {
        var next = (part.length() > empty ? "," : "") + id;
        if (note.length() + part.length() + next.length() > maxLength) {
          if (part.length() > empty) {
            note.append(part);
          }
          notes.add(note.toString());
          note = new StringBuilder(node);
          part.setLength(empty);
          next = String.valueOf(id);
        }
        part.append(next);
      }
      note = appendOrStartNew(notes, note, node, part.toString(), maxLength);
    }
    for (var workspaceId : agents) {
      note = appendOrStartNew(notes, note, node, "|a" + workspaceId, maxLength);
    }
    if (note.length() > node.length()) {
      notes.add(note.toString());
    }
    return notes;
  }

  private static StringBuilder appendOrStartNew(
      List<String> notes, StringBuilder note, String node, String part, int maxLength) {
    if (note.length() + part.length() > maxLength) {
      notes.add(note.toString());
      note = new StringBuilder(node);
    }
    return note.append(part);
  }

  /** The note written by {@link #write}, or null when {@code text} is not one. */
  static NewsNote read(String text) {
    if (text == null) {
      return null;
    }
    var parts = text.split("\\|");
    if (parts.length < 2 || parts[0].isEmpty()) {
      return null;
    }
    var conversations = new TreeMap<Long, Set<Long>>();
    var agents = new HashSet<Long>();
    try {
      for (int i = 1; i < parts.length; i++) {
        var part = parts[i];
        if (part.startsWith("a")) {
          agents.add(Long.parseLong(part.substring(1)));
        } else if (part.startsWith("c") && part.indexOf(':') > 1) {
          int colon = part.indexOf(':');
          var ids =
              conversations.computeIfAbsent(
                  Long.parseLong(part.substring(1, colon)), id -> new HashSet<>());
          for (var id : part.substring(colon + 1).split(",")) {
            ids.add(Long.parseLong(id));
          }
        } else {
          return null;
        }
      }
    } catch (NumberFormatException notANote) {
      return null;
    }
    return new NewsNote(parts[0], conversations, agents);
  }
}
