package io.purser.identity;

/** What a user or token may do. Each role includes the ones below it. */
public enum Role {
  AGENT,
  SUPERVISOR,
  ADMIN;

  public boolean includes(Role other) {
    return compareTo(other) >= 0;
  }
}
