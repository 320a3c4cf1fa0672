package io.purser.console.live;

import io.purser.identity.PurserPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The live stream of an agent's workspace: which conversations changed, as they change. */
@RestController
class ConsoleEventsController {

  private final ConsoleStreams streams;

  ConsoleEventsController(ConsoleStreams streams) {
    this.streams = streams;
  }

  @GetMapping(path = "/console/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  SseEmitter events(PurserPrincipal caller, HttpServletResponse response) {
    // Proxies such as nginx would otherwise hold the events back in their buffers.
    response.setHeader("X-Accel-Buffering", "no");
    return streams.open(caller.workspaceId());
  }
}
