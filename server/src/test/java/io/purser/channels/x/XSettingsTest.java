package io.purser.channels.x;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.BoundSettings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The {@code purser.x.*} configuration contract, with the X sender it configures. */
class XSettingsTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(XSettings.class)
  @Import(XApiSender.class)
  static class SenderOnly {}

  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(SenderOnly.class);

  @Test
  void defaultsToTheRealApiWithBoundedTimeouts() {
    context.run(
        started -> {
          assertThat(started).hasSingleBean(XApiSender.class);
          assertThat(started.getBean(XSettings.class))
              .isEqualTo(
                  new XSettings(
                      null, "https://api.x.com", Duration.ofSeconds(5), Duration.ofSeconds(15)));
        });
  }

  @Test
  void takesTheBaseUrlAndTheWebhookSecretFromTheEnvironment() {
    context
        .withInitializer(
            BoundSettings.environment(
                Map.of(
                    "PURSER_X_API_BASE_URL", "http://x.test:8089",
                    "PURSER_X_CONSUMER_SECRET", "the-consumer-secret")))
        .withPropertyValues("purser.x.read-timeout=3s")
        .run(
            started ->
                assertThat(started.getBean(XSettings.class))
                    .isEqualTo(
                        new XSettings(
                            "the-consumer-secret",
                            "http://x.test:8089",
                            Duration.ofSeconds(5),
                            Duration.ofSeconds(3))));
  }
}
