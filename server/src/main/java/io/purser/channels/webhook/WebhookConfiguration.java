package io.purser.channels.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.purser.ingest.Inbox;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/** Puts {@link WebhookDeliveries} first on the webhooks' paths, ahead of every other filter. */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

  @Bean
  FilterRegistrationBean<WebhookDeliveries> webhookDeliveries(
      List<WebhookDoor> doors,
      WebhookBodies bodies,
      Inbox inbox,
      JsonMapper json,
      MeterRegistry meters) {
    var filter = new WebhookDeliveries(doors, bodies, inbox, json, meters);
    var registration = new FilterRegistrationBean<>(filter);
    registration.setUrlPatterns(filter.paths());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
