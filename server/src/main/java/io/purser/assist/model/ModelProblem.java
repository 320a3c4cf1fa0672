package io.purser.assist.model;

import java.util.Locale;

/** Why the external model gave no draft; each has a message key for the console. */
public enum ModelProblem {
  /** The workspace has not enabled an external model. */
  DISABLED,
  /** No connection could be made (wrong address, server down). */
  UNREACHABLE,
  /** No complete answer within the workspace's timeout. */
  TIMEOUT,
  /** The API refused the key (401, 403). */
  UNAUTHORIZED,
  /** The API refused the request (another 4xx: unknown model, bad parameters). */
  REJECTED,
  /** The API asks us to slow down (429). */
  RATE_LIMITED,
  /** The API failed (5xx). */
  SERVER_ERROR,
  /** The answer was not the chat completion JSON expected. */
  MALFORMED_ANSWER;

  /** The message key, e.g. {@code assist.model.problem.timeout}. */
  public String code() {
    return "assist.model.problem." + name().toLowerCase(Locale.ROOT);
  }

  /** The problem an HTTP error status means. */
  static ModelProblem ofStatus(int status) {
    if (status == 401 || status == 403) {
      return UNAUTHORIZED;
    }
    if (status == 429) {
      return RATE_LIMITED;
    }
    return status >= 500 ? SERVER_ERROR : REJECTED;
  }
}
