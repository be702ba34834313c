package com.modbench.net;

import com.modbench.api.ErrorCode;
import com.modbench.api.ModeratorException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import okhttp3.Dns;

/**
 * Resolves a host and refuses it if any of its addresses is not public. Because OkHttp connects only to the
 * addresses this returns, a host cannot pass the check with one answer and then connect to another (DNS
 * rebinding).
 */
final class GuardedDns implements Dns {

    private final Dns delegate;
    private final boolean allowPrivate;

    GuardedDns(Dns delegate, boolean allowPrivate) {
        this.delegate = delegate;
        this.allowPrivate = allowPrivate;
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        List<InetAddress> addresses = delegate.lookup(hostname);
        for (InetAddress address : addresses) {
            check(hostname, address, allowPrivate);
        }
        return addresses;
    }

    static void check(String host, InetAddress address, boolean allowPrivate) throws BlockedAddressException {
        if (allowPrivate) {
            return;
        }
        Optional<String> reason = AddressGuard.refusalReason(address);
        if (reason.isPresent()) {
            throw new BlockedAddressException(new ModeratorException(ErrorCode.INVALID_ARGUMENT,
                    "The image URL's host " + host + " is " + address.getHostAddress() + ", " + reason.get()
                    + "; images are not fetched from loopback, link-local or private-network addresses."));
        }
    }

    /** Carries the refusal out of OkHttp, which only lets IOExceptions through its Dns interface. */
    static final class BlockedAddressException extends UnknownHostException {
        final transient ModeratorException refusal;

        BlockedAddressException(ModeratorException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }
    }
}
