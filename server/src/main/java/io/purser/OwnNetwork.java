package io.purser;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.function.Predicate;

/**
 * Whether a host that a workspace gives Purser to call (its airline connector, its external model)
 * is on the installation's own network: loopback, link-local, private and unique-local addresses,
 * where a tenant must not reach unless the operator allows that host by name.
 */
public final class OwnNetwork {

  private OwnNetwork() {}

  /**
   * The base URL a workspace gives for a service Purser will call: absolute, with a host and no
   * user, query or fragment; https, or plain http to a host the operator allows; on the internet
   * unless the operator allows that host of their own network.
   *
   * @param allowed the hosts of the installation's own network the operator allows, by name
   * @param allowingSetting the setting that allows them, named in the refusal
   * @throws IllegalArgumentException naming what is wrong
   */
  public static URI checkedBaseUrl(String text, Predicate<String> allowed, String allowingSetting) {
    URI url;
    try {
      url = new URI(text.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("baseUrl is not a URL: " + e.getReason());
    }
    if (url.getHost() == null
        || url.getRawUserInfo() != null
        || url.getRawQuery() != null
        || url.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "baseUrl must be an absolute URL with a host and no user, query or fragment");
    }
    boolean internal = allowed.test(url.getHost());
    if (!"https".equals(url.getScheme()) && !(internal && "http".equals(url.getScheme()))) {
      throw new IllegalArgumentException(
          "baseUrl must be an https URL (plain http only to a host the operator allows)");
    }
    if (!internal && includes(url.getHost())) {
      throw new IllegalArgumentException(
          "baseUrl must be on the internet, not on the installation's own network ("
              + url.getHost()
              + "); the operator may allow it in "
              + allowingSetting);
    }
    return url;
  }

  /**
   * True when any address of {@code host} is on the installation's own network.
   *
   * @throws IllegalArgumentException when the host cannot be resolved
   */
  public static boolean includes(String host) {
    try {
      for (var address : InetAddress.getAllByName(host)) {
        if (address.isLoopbackAddress()
            || address.isAnyLocalAddress()
            || address.isLinkLocalAddress()
            || address.isSiteLocalAddress()
            || address.isMulticastAddress()
            || (address.getAddress().length == 16 && (address.getAddress()[0] & 0xfe) == 0xfc)) {
          return true;
        }
      }
      return false;
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("the host " + host + " cannot be resolved");
    }
  }
}
