package com.modbench.server;

/** Thrown by the key check; answered with the gateway's 401 body. Carries no key. */
final class AccessDenied extends RuntimeException {

    AccessDenied() {
        super("access denied", null, false, false);
    }
}
