package io.purser.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class TriageResultJsonTest {

  @Test
  void serialisesWithLowerCaseNamesThroughJackson() {
    TriageResult result =
        Triage.loadDefault()
            .classify(TriageRequest.ofText("@united my bag is lost, conf QX7T2K, please help"));

    String json = JsonMapper.builder().build().writeValueAsString(result);

    assertThat(json)
        .contains("\"language\":\"en\"")
        .contains("\"kind\":\"record_locator\"")
        .contains("\"needsResponse\":true")
        .contains("\"sentiment\":\"negative\"")
        .contains("\"modelVersion\":\"triage-1.");
  }
}
