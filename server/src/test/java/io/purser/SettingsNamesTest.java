package io.purser;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.sla.SlaSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class SettingsNamesTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(SlaSettings.class)
  static class OneRecord {}

  @Test
  void aSettingsRecordAnswersToItsShortNameForScheduledIntervals() {
    new ApplicationContextRunner()
        .withUserConfiguration(OneRecord.class)
        .withBean(SettingsNames.class)
        .withPropertyValues("purser.sla.sweep-interval=3s")
        .run(
            context ->
                assertThat(context.getBean("slaSettings", SlaSettings.class).sweepInterval())
                    .isEqualTo(Duration.ofSeconds(3)));
  }
}
