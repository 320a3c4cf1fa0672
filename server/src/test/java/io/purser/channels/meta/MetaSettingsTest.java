package io.purser.channels.meta;

import static org.assertj.core.api.Assertions.assertThat;

import io.purser.BoundSettings;
import io.purser.reply.ChannelSender;
import io.purser.workspace.Network;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The {@code purser.meta.*} configuration contract, and one sender per Meta network. */
class MetaSettingsTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(MetaSettings.class)
  @Import({
    GraphApiClient.class,
    MessengerSender.class,
    InstagramSender.class,
    WhatsAppSender.class
  })
  static class SendersOnly {}

  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(SendersOnly.class);

  @Test
  void wiresOneSenderPerMetaNetworkAgainstTheRealGraphApiByDefault() {
    context.run(
        started -> {
          assertThat(started.getBeansOfType(ChannelSender.class).values())
              .extracting(ChannelSender::network)
              .containsExactlyInAnyOrder(Network.FACEBOOK, Network.INSTAGRAM, Network.WHATSAPP);
          assertThat(started.getBean(MetaSettings.class))
              .isEqualTo(
                  new MetaSettings(
                      null,
                      null,
                      "https://graph.facebook.com",
                      "v21.0",
                      Duration.ofSeconds(5),
                      Duration.ofSeconds(15)));
        });
  }

  @Test
  void takesTheBaseUrlAndTheWebhookSecretsFromTheEnvironment() {
    context
        .withInitializer(
            BoundSettings.environment(
                Map.of(
                    "PURSER_META_GRAPH_BASE_URL", "http://graph.test:8089",
                    "PURSER_META_APP_SECRET", "the-app-secret",
                    "PURSER_META_VERIFY_TOKEN", "the-verify-token")))
        .withPropertyValues("purser.meta.api-version=v22.0")
        .run(
            started -> {
              MetaSettings settings = started.getBean(MetaSettings.class);
              assertThat(settings.graphBaseUrl()).isEqualTo("http://graph.test:8089");
              assertThat(settings.apiVersion()).isEqualTo("v22.0");
              assertThat(settings.appSecret()).isEqualTo("the-app-secret");
              assertThat(settings.verifyToken()).isEqualTo("the-verify-token");
            });
  }
}
