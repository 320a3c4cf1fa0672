package io.purser.channels.x;

import io.purser.channels.webhook.WebhookDoor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** X's signed deliveries: {@code POST /webhooks/x}, acknowledged with an empty 200. */
@Configuration(proxyBeanMethods = false)
class XDeliveryDoor {

  @Bean
  WebhookDoor xWebhookDoor(XSignatures signatures, XPayloadParser parser) {
    return new WebhookDoor("/webhooks/x", XSignatures.HEADER, signatures::isValid, parser, "");
  }
}
