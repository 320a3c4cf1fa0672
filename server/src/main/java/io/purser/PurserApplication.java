package io.purser;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Purser server: one Spring Boot application made of the modules under {@code io.purser}. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PurserApplication {

  public static void main(String[] args) {
    SpringApplication.run(PurserApplication.class, args);
  }
}
