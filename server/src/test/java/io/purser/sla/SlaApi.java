package io.purser.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.testing.Api;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The SLA settings and events of a test's workspace, through the REST API. */
final class SlaApi {

  private SlaApi() {}

  /** A policy around the clock with a short first-response target, so a breach comes in seconds. */
  static void fast(Api api, Api.Workspace ws, String firstResponse, String warnBefore) {
    var response =
        api.put(
            "/api/v1/sla-policy",
            ws.token(),
            """
            {"name":"Fast","calendar":{"type":"always"},
             "targets":{"firstResponse":"%s","nextResponse":"PT1H","resolution":"PT24H",
                        "warnBefore":"%s"}}
            """
                .formatted(firstResponse, warnBefore));
    assertThat(response.status()).as(response.body()).isEqualTo(200);
  }

  /** The SLA events of one conversation, in the order the workspace's event list gives them. */
  static List<JsonNode> events(Api api, Api.Workspace ws, long conversation) {
    var mine = new ArrayList<JsonNode>();
    for (var event : api.get("/api/v1/sla/events", ws.token()).json().get("items")) {
      if (event.get("conversationId").asLong() == conversation) {
        mine.add(event);
      }
    }
    return mine;
  }
}
