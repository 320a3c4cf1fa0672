package io.purser.airline.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The cabin layouts of the aircraft types the airline flies: which rows are business, which letters
 * are at a window or on an aisle. Row 13 is skipped, as many airlines do.
 */
public enum AircraftLayout {
  /** Narrow body: business 1–3 in 2-2, economy 4–30 in 3-3. */
  A320(new Cabins(1, 3, "AC DF", 4, 30, "ABC DEF")),
  /** Wide body: business 1–6 in 2-2-2, economy 10–40 in 3-3-3. */
  B787(new Cabins(1, 6, "AC DG HK", 10, 40, "ABC DEF GHK"));

  private record Cabins(
      int businessFirst,
      int businessLast,
      String business,
      int economyFirst,
      int economyLast,
      String economy) {}

  private final Cabins cabins;

  AircraftLayout(Cabins cabins) {
    this.cabins = cabins;
  }

  public static AircraftLayout of(String aircraft) {
    try {
      return valueOf(aircraft.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException unknown) {
      throw new IllegalArgumentException("no seat layout for aircraft type " + aircraft);
    }
  }

  /** Every seat of the aircraft; {@code taken} says which codes are not free. */
  public List<Seat> seats(Predicate<String> taken) {
    var seats = new ArrayList<Seat>();
    addRows(
        seats,
        cabins.businessFirst(),
        cabins.businessLast(),
        cabins.business(),
        Cabin.BUSINESS,
        taken);
    addRows(
        seats, cabins.economyFirst(), cabins.economyLast(), cabins.economy(), Cabin.ECONOMY, taken);
    return seats;
  }

  public int capacity(Cabin cabin) {
    return (int) seats(code -> false).stream().filter(s -> s.cabin() == cabin).count();
  }

  private static void addRows(
      List<Seat> seats, int first, int last, String layout, Cabin cabin, Predicate<String> taken) {
    var blocks = layout.split(" ");
    for (int row = first; row <= last; row++) {
      if (row == 13) {
        continue;
      }
      for (int b = 0; b < blocks.length; b++) {
        var block = blocks[b];
        for (int i = 0; i < block.length(); i++) {
          var code = row + String.valueOf(block.charAt(i));
          seats.add(new Seat(code, row, position(blocks, b, i), cabin, !taken.test(code)));
        }
      }
    }
  }

  private static SeatPosition position(String[] blocks, int block, int index) {
    boolean first = block == 0 && index == 0;
    boolean last = block == blocks.length - 1 && index == blocks[block].length() - 1;
    if (first || last) {
      return SeatPosition.WINDOW;
    }
    boolean edgeOfBlock = index == 0 || index == blocks[block].length() - 1;
    return edgeOfBlock ? SeatPosition.AISLE : SeatPosition.MIDDLE;
  }
}
