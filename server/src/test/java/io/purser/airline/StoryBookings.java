package io.purser.airline;

import io.purser.airline.demo.DemoAirline;
import java.util.concurrent.ThreadLocalRandom;

/** Copies of the seed story's booking on the demo airline, each under a new record locator. */
public final class StoryBookings {

  private StoryBookings() {}

  public static String locator() {
    var letters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    var code = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      code.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
    }
    return code.toString();
  }

  /** A new copy of the story's booking: the return (segment 2) was moved three hours earlier. */
  public static String book(DemoAirline demo) {
    var locator = locator();
    demo.book(
        locator,
        "Alex",
        "Martin",
        locator.toLowerCase() + "@example.com",
        demo.storyOutbound(),
        demo.storyReturn());
    return locator;
  }
}
