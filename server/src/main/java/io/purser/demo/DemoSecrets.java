package io.purser.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The secrets the demo signs its webhook deliveries with, as the networks would: X's consumer
 * secret and Meta's app secret. Read from the settings Purser checks deliveries against ({@code
 * purser.x.consumer-secret}, {@code purser.meta.app-secret}); the channels module keeps its
 * settings records to itself, so they are read here by name, in this one place.
 */
@Component
@Profile("demo")
public class DemoSecrets {

  private final String xConsumerSecret;
  private final String metaAppSecret;

  DemoSecrets(
      @Value("${purser.x.consumer-secret}") String xConsumerSecret,
      @Value("${purser.meta.app-secret}") String metaAppSecret) {
    this.xConsumerSecret = xConsumerSecret;
    this.metaAppSecret = metaAppSecret;
  }

  public String xConsumerSecret() {
    return xConsumerSecret;
  }

  public String metaAppSecret() {
    return metaAppSecret;
  }
}
