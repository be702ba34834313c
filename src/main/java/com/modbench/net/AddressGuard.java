package com.modbench.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Decides whether an address may be fetched from on a user's behalf. Refused unless allowed: loopback, link-local
 * (incl. cloud metadata 169.254.169.254), private networks (10/8, 172.16/12, 192.168/16, fc00::/7), carrier-grade
 * NAT 100.64/10, "this network" 0/8, multicast and broadcast. IPv4-mapped and NAT64-embedded IPv6 addresses are
 * judged by the IPv4 address inside.
 */
public final class AddressGuard {

    private AddressGuard() {
    }

    /** Why {@code address} is not a public unicast address, or empty when it is. */
    public static Optional<String> refusalReason(InetAddress address) {
        InetAddress effective = embeddedIpv4(address).orElse(address);
        if (effective.isLoopbackAddress()) {
            return Optional.of("a loopback address");
        }
        if (effective.isLinkLocalAddress()) {
            return Optional.of("a link-local address");
        }
        if (effective.isAnyLocalAddress()) {
            return Optional.of("an unspecified (\"this host\") address");
        }
        if (effective.isSiteLocalAddress()) {
            return Optional.of("a private-network address");
        }
        if (effective.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        byte[] b = effective.getAddress();
        if (effective instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            if (first == 0) {
                return Optional.of("a \"this network\" address");
            }
            if (first == 100 && second >= 64 && second < 128) {
                return Optional.of("a carrier-grade NAT (shared) address");
            }
            if (first >= 240) {
                return Optional.of("a reserved or broadcast address");
            }
        } else if ((b[0] & 0xFE) == 0xFC) {
            return Optional.of("a private-network (unique local) address");
        }
        return Optional.empty();
    }

    private static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        byte[] b = address.getAddress();
        boolean mapped = true;
        for (int i = 0; i < 10; i++) {
            mapped &= b[i] == 0;
        }
        mapped &= (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
        boolean nat64 = (b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF
                && (b[3] & 0xFF) == 0x9B;
        if (!mapped && !nat64) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (java.net.UnknownHostException e) {
            return Optional.empty();
        }
    }
}
