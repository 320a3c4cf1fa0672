package io.purser.tools;

import io.purser.replay.CsvTable;
import io.purser.replay.TweetCsv;
import io.purser.triage.Triage;
import io.purser.triage.TriageRequest;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

/**
 * Reads Tweets.csv (tweet_id, text, tweet_created and, when present, negativereason) into arrivals
 * in time order, each triaged by the real triage as a public post on X written at its own time.
 * Duplicate tweet ids keep their first occurrence, as the dataset's README prescribes.
 */
final class SimulationArrivals {

  private SimulationArrivals() {}

  static List<SimulatedArrival> read(Path file, Triage triage, ServiceTimes serviceTimes) {
    return of(CsvTable.read(file), triage, serviceTimes);
  }

  static List<SimulatedArrival> of(CsvTable table, Triage triage, ServiceTimes serviceTimes) {
    int id = table.column("tweet_id");
    int text = table.column("text");
    int created = table.column("tweet_created");
    int reason = table.header().indexOf("negativereason");
    var seen = new HashSet<String>();
    var rows = new ArrayList<List<String>>();
    for (var row : table.rows()) {
      var tweetId = CsvTable.field(row, id).strip();
      if (!tweetId.isEmpty() && seen.add(tweetId)) {
        rows.add(row);
      }
    }
    var arrivals = new ArrayList<SimulatedArrival>(rows.size());
    for (var row : rows) {
      var at = OffsetDateTime.parse(CsvTable.field(row, created), TweetCsv.CREATED).toInstant();
      var result = triage.classify(TriageRequest.ofText(CsvTable.field(row, text), at));
      var tweetId = CsvTable.field(row, id).strip();
      boolean cancelled =
          reason >= 0 && CsvTable.field(row, reason).strip().equals("Cancelled Flight");
      arrivals.add(
          new SimulatedArrival(
              0, tweetId, at, result, cancelled, serviceTimes.of(tweetId, result.intent())));
    }
    arrivals.sort(Comparator.comparing(SimulatedArrival::at));
    var numbered = new ArrayList<SimulatedArrival>(arrivals.size());
    for (int i = 0; i < arrivals.size(); i++) {
      var a = arrivals.get(i);
      numbered.add(
          new SimulatedArrival(
              i + 1, a.tweetId(), a.at(), a.triage(), a.labelledCancellation(), a.handling()));
    }
    return numbered;
  }
}
