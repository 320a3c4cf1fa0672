package io.purser.sla;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How SLAs are watched, under {@code purser.sla.*}.
 *
 * @param sweepInterval how often due times are checked for warnings and breaches: a breach is
 *     announced at most this late
 */
@ConfigurationProperties(prefix = "purser.sla")
public record SlaSettings(@DefaultValue("1s") Duration sweepInterval) {}
