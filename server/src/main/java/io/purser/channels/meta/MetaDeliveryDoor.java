package io.purser.channels.meta;

import io.purser.channels.webhook.WebhookDoor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Meta's signed deliveries: {@code POST /webhooks/meta}, acknowledged with {@code EVENT_RECEIVED}
 * as Meta's examples do.
 */
@Configuration(proxyBeanMethods = false)
class MetaDeliveryDoor {

  @Bean
  WebhookDoor metaWebhookDoor(MetaSignatures signatures, MetaPayloadParser parser) {
    return new WebhookDoor(
        "/webhooks/meta", MetaSignatures.HEADER, signatures::isValid, parser, "EVENT_RECEIVED");
  }
}
