package io.purser.demo;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param data where the real data sets live ({@code ../shared/data}); the bundled sample is used
 *     when absent
 * @param burst how many posts arrive at once when the demo starts, so the console is not empty
 * @param pace the time between two posts after that
 * @param xAccountId the demo airline's X account id
 * @param facebookPageId the demo airline's Facebook page id
 */
@ConfigurationProperties(prefix = "purser.demo")
public record DemoSettings(
    Path data, Integer burst, Duration pace, String xAccountId, String facebookPageId) {

  public DemoSettings {
    data = data == null ? Path.of("../shared/data") : data;
    burst = burst == null ? 25 : burst;
    pace = pace == null ? Duration.ofSeconds(3) : pace;
    xAccountId = xAccountId == null ? "1000000000000000001" : xAccountId;
    facebookPageId = facebookPageId == null ? "2000000000000000002" : facebookPageId;
  }
}
