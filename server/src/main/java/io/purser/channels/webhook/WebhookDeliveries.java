package io.purser.channels.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.purser.ingest.InboundDelivery;
import io.purser.ingest.Inbox;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes the networks' signed deliveries ({@code POST} to a {@link WebhookDoor}'s path) as a servlet
 * filter ahead of Spring Security and Spring MVC: check the size, the signature and that the body
 * is one JSON object, read it into events, append it to the inbox, answer once it is committed. A
 * delivery needs nothing else those layers do, and at thousands of deliveries a second they cost
 * more than the delivery itself. The handshakes ({@code GET}) stay with the networks' controllers.
 *
 * <p>Answers as the contract says: 413 over 1 MiB, 401 for a bad or missing signature, 400 for a
 * body that is not a JSON object, 503 when the inbox could not commit in time (the network delivers
 * again), errors as problem details. Each answer is timed as {@code purser.webhook.deliveries} by
 * network and status.
 */
public final class WebhookDeliveries implements Filter {

  private final Map<String, WebhookDoor> doors;
  private final WebhookBodies bodies;
  private final Inbox inbox;
  private final JsonMapper json;
  private final MeterRegistry meters;
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();

  public WebhookDeliveries(
      List<WebhookDoor> doors,
      WebhookBodies bodies,
      Inbox inbox,
      JsonMapper json,
      MeterRegistry meters) {
    this.doors = doors.stream().collect(Collectors.toMap(WebhookDoor::path, Function.identity()));
    this.bodies = bodies;
    this.inbox = inbox;
    this.json = json;
    this.meters = meters;
  }

  /** The paths this filter must be mapped to. */
  public List<String> paths() {
    return List.copyOf(doors.keySet());
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    var request = (HttpServletRequest) req;
    var door =
        "POST".equals(request.getMethod())
            ? doors.get(request.getRequestURI().substring(request.getContextPath().length()))
            : null;
    if (door == null) {
      chain.doFilter(req, res);
      return;
    }
    long start = System.nanoTime();
    var response = (HttpServletResponse) res;
    int status = take(door, request, response);
    timers
        .computeIfAbsent(
            door.source() + " " + status,
            key ->
                Timer.builder("purser.webhook.deliveries")
                    .description("Signed webhook deliveries, by network and answer")
                    .tag("network", door.source())
                    .tag("status", Integer.toString(status))
                    .register(meters))
        .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
  }

  private int take(WebhookDoor door, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var body = bodies.read(request);
    if (body.isEmpty()) {
      return problem(
          request,
          response,
          HttpStatus.CONTENT_TOO_LARGE,
          "The body is larger than " + WebhookBodies.MAX_BYTES + " bytes; nothing was stored");
    }
    if (!door.signatureValid().test(body.get(), request.getHeader(door.signatureHeader()))) {
      return problem(
          request,
          response,
          HttpStatus.UNAUTHORIZED,
          "Missing or invalid " + door.signatureHeader());
    }
    if (!bodies.isJsonObject(body.get())) {
      return problem(request, response, HttpStatus.BAD_REQUEST, "The body is not a JSON object");
    }
    try {
      // Read once, here: the inbox partitions the delivery by its events and hands them on.
      inbox.append(InboundDelivery.read(door.parser(), body.get()));
    } catch (Inbox.NotStoredException e) {
      return problem(
          request, response, HttpStatus.SERVICE_UNAVAILABLE, "Not stored; please deliver again");
    }
    acknowledge(response, door.acknowledgement());
    return HttpStatus.OK.value();
  }

  private static void acknowledge(HttpServletResponse response, String acknowledgement)
      throws IOException {
    response.setStatus(HttpStatus.OK.value());
    if (acknowledgement.isEmpty()) {
      response.setContentLength(0);
      return;
    }
    var bytes = acknowledgement.getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/plain;charset=UTF-8");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  /** An RFC 9457 problem detail, as Spring MVC writes them for the rest of Purser. */
  private int problem(
      HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    var problem = new LinkedHashMap<String, Object>();
    problem.put("type", "about:blank");
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("instance", request.getRequestURI());
    var bytes = json.writeValueAsBytes(problem);
    response.setStatus(status.value());
    response.setContentType("application/problem+json");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
    return status.value();
  }
}
