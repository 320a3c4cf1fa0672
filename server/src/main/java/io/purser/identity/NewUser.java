package io.purser.identity;

/** A user to create; a null role is an agent, a null display name the user name. */
public record NewUser(
    String username, String password, Role role, String displayName, String signature) {

  /** Never prints the password. */
  @Override
  public String toString() {
    return "NewUser[" + username + ", " + role + "]";
  }
}
