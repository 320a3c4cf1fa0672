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
 */
@ConfigurationProperties(prefix = "purser.demo")
public record DemoSettings(
    // A String: bound as a Path, a relative "../" path is read as a class-path resource and
    // refused.
    @DefaultValue("../shared/data") String data,
    @DefaultValue("25") int burst,
    @DefaultValue("3s") Duration pace,
    @DefaultValue("1000000000000000001") String xAccountId,
    @DefaultValue("2000000000000000002") String facebookPageId) {}
