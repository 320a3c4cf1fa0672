package io.purser.airline.demo;

import java.time.ZoneId;

/** An airport the demo airline serves. */
record DemoAirport(String code, String city, ZoneId zone, double latitude, double longitude) {

  static DemoAirport of(String code, String city, String zone, double latitude, double longitude) {
    return new DemoAirport(code, city, ZoneId.of(zone), latitude, longitude);
  }

  boolean inEurope() {
    return zone.getId().startsWith("Europe/");
  }

  /** Great-circle distance in kilometres. */
  double kilometresTo(DemoAirport other) {
    double lat1 = Math.toRadians(latitude);
    double lat2 = Math.toRadians(other.latitude);
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(other.longitude - longitude);
    double a =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
    return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }
}
