package com.modbench.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The guard judges resolved addresses; nothing here opens a connection. */
class AddressGuardTest {

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, loopback", "127.8.9.10, loopback", "::1, loopback",
        "169.254.169.254, link-local", "fe80::1, link-local",
        "10.0.0.1, private", "172.16.5.4, private", "172.31.255.255, private", "192.168.1.20, private",
        "fd12:3456:789a::1, unique local", "100.64.0.1, carrier-grade NAT", "0.0.0.0, unspecified",
        "0.1.2.3, this network", "224.0.0.1, multicast", "255.255.255.255, broadcast",
        "::ffff:127.0.0.1, loopback", "::ffff:10.1.2.3, private", "64:ff9b::a9fe:a9fe, link-local"})
    void refusesNonPublicAddresses(String literal, String expectedReason) throws UnknownHostException {
        String reason = AddressGuard.refusalReason(InetAddress.getByName(literal)).orElseThrow();
        assertTrue(reason.contains(expectedReason), literal + " → " + reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111"})
    void allowsPublicAddresses(String literal) throws UnknownHostException {
        assertEquals(java.util.Optional.empty(), AddressGuard.refusalReason(InetAddress.getByName(literal)));
    }
}
