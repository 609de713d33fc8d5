package id.sikerja.infrastructure.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginGuardTest {

    @Test
    void withoutAConfiguredProxyHeaderTheConnectionsAddressCounts() {
        assertEquals("10.0.0.5", LoginGuard.clientAddress("10.0.0.5", null));
        assertEquals("10.0.0.5", LoginGuard.clientAddress("10.0.0.5", " "));
    }

    @Test
    void behindTheProxyTheEntryItAppendedCountsNotWhatTheClientClaims() {
        // the client sent "X-Forwarded-For: 1.2.3.4" hoping to be counted as someone else; the proxy appended the real one
        assertEquals("203.0.113.9", LoginGuard.clientAddress("10.0.0.1", "1.2.3.4, 203.0.113.9"));
        assertEquals("203.0.113.9", LoginGuard.clientAddress("10.0.0.1", "203.0.113.9"));
    }
}
