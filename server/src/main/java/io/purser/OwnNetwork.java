package io.purser;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Whether a host that a workspace gives Purser to call (its airline connector, its external model)
 * is on the installation's own network: loopback, link-local, private and unique-local addresses,
 * where a tenant must not reach unless the operator allows that host by name.
 */
public final class OwnNetwork {

  private OwnNetwork() {}

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
