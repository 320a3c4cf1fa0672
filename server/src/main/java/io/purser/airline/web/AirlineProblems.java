package io.purser.airline.web;

import io.purser.airline.ActionOutcome;
import io.purser.airline.AirlineUnavailable;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The airline API's errors as RFC 9457 problem details. */
@RestControllerAdvice(
    assignableTypes = {
      BookingController.class,
      BookingActionController.class,
      ConnectorController.class
    })
class AirlineProblems {

  @ExceptionHandler(AirlineUnavailable.class)
  ResponseEntity<ProblemDetail> unavailable(AirlineUnavailable e) {
    var status = HttpStatus.valueOf(e.httpStatus());
    return problem(status, "Airline system unavailable", e.getMessage());
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException e) {
    return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
  }

  static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
    var problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return ResponseEntity.status(status).body(problem);
  }

  /** The value found, or a 404 that says what was not. */
  static ResponseEntity<?> okOrNotFound(java.util.Optional<?> found, String notFound) {
    return found
        .<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "Not found", notFound));
  }

  /** An action's outcome as an answer: the action itself, or a problem that names it. */
  static ResponseEntity<?> answer(ActionOutcome outcome) {
    if (outcome instanceof ActionOutcome.Recorded recorded) {
      return ResponseEntity.status(recorded.status())
          .location(URI.create("/api/v1/booking-actions/" + recorded.action().id()))
          .body(recorded.action());
    }
    if (outcome instanceof ActionOutcome.Failed failed) {
      var status = HttpStatus.valueOf(failed.status());
      var problem =
          ProblemDetail.forStatusAndDetail(
              status,
              failed.action().error()
                  + (failed.status() == 504
                      ? " — the outcome is unknown; retry the action: the same idempotency key"
                          + " never changes the booking twice"
                      : ""));
      problem.setTitle("Booking action failed");
      problem.setProperty("actionId", failed.action().id());
      problem.setProperty("actionStatus", failed.action().status());
      problem.setProperty("failedStep", failed.action().failedStep());
      problem.setProperty("retry", "/api/v1/booking-actions/" + failed.action().id() + "/retry");
      return ResponseEntity.status(status).body(problem);
    }
    var refused = (ActionOutcome.Refused) outcome;
    return problem(HttpStatus.valueOf(refused.status()), refused.title(), refused.detail());
  }
}
