package io.purser.identity;

/** What became of a request to create a console user. */
public sealed interface UserCreation {

  record Created(long id) implements UserCreation {}

  record NameTaken() implements UserCreation {}

  record PasswordRefused(String reason) implements UserCreation {}
}
