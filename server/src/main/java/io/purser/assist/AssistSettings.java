package io.purser.assist;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Agent assist, under {@code purser.assist.*}.
 *
 * @param warmUp index the starter corpus in the background as soon as the node has started (about
 *     10 s of one core, 60 MB), so the first agent gets suggestions at once; when false it is
 *     indexed on the first request for suggestions, which say meanwhile that they are being
 *     prepared
 * @param modelInternalHosts hosts on the installation's own network (a local Ollama or vLLM) where
 *     a workspace's external model may be, by name, also over plain http; any other host must be on
 *     the internet and reached over https
 */
@ConfigurationProperties(prefix = "purser.assist")
public record AssistSettings(
    @DefaultValue("true") boolean warmUp, @DefaultValue("") List<String> modelInternalHosts) {

  public AssistSettings {
    modelInternalHosts =
        modelInternalHosts == null
            ? List.of()
            : modelInternalHosts.stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty())
                .toList();
  }

  /** Whether the operator allows a workspace's model at this host of their own network. */
  boolean internal(String host) {
    return host != null && modelInternalHosts.contains(host.toLowerCase(Locale.ROOT));
  }
}
