package io.purser;

import io.purser.triage.Triage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The triage model shipped in the jar, loaded once and shared (it is thread-safe). */
@Configuration
class TriageConfiguration {

  @Bean
  Triage triage() {
    return Triage.loadDefault();
  }
}
