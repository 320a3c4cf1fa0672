package io.purser.console.booking;

/**
 * The booking or booking action a console form named is not one the agent's workspace may act on
 * (it may belong to another workspace): the console answers "not found", as for a conversation.
 */
public class BookingNotFound extends RuntimeException {

  BookingNotFound(String what) {
    super("no booking " + what + " for this conversation in the caller's workspace");
  }
}
