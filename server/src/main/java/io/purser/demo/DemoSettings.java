package io.purser.demo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param data the folder of the real data sets; the bundled sample is used when absent
 * @param burst how many posts arrive at once when the demo starts, so the console is not empty
 * @param pace the time between two posts after that
 * @param xAccountId the demo airline's X account id
 * @param facebookPageId the demo airline's Facebook page id
 * @param instagramAccountId the demo airline's Instagram business account id
 * @param whatsAppAccountId the demo airline's WhatsApp Business Account id (what webhooks name)
 * @param whatsAppPhoneNumberId the id of its business phone number (what replies are sent from)
 * @param followUpOneIn how often the demo's customer answers a reply the sandbox took: one reply in
 *     this many (0: never)
 * @param followUpAfter how long the customer takes to answer
 * @param seed the seed of the sandbox's random choices, so a demo plays the same way each time
 */
@ConfigurationProperties(prefix = "purser.demo")
public record DemoSettings(
    // A String: bound as a Path, a relative "../" path is read as a class-path resource and
    // refused.
    @DefaultValue("../shared/data") String data,
    @DefaultValue("25") int burst,
    @DefaultValue("3s") Duration pace,
    @DefaultValue("1000000000000000001") String xAccountId,
    @DefaultValue("2000000000000000002") String facebookPageId,
    @DefaultValue("17841400000000003") String instagramAccountId,
    @DefaultValue("104000000000004") String whatsAppAccountId,
    @DefaultValue("105000000000005") String whatsAppPhoneNumberId,
    @DefaultValue("3") int followUpOneIn,
    @DefaultValue("5s") Duration followUpAfter,
    @DefaultValue("13") long seed) {

  public DemoSettings {
    if (followUpOneIn < 0) {
      throw new IllegalArgumentException(
          "purser.demo.follow-up-one-in is 0 (never) or more, not " + followUpOneIn);
    }
  }
}
