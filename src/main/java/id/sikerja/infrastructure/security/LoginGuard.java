package id.sikerja.infrastructure.security;

import id.sikerja.domain.access.FailedLogins;
import id.sikerja.infrastructure.config.SikerjaConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import java.time.Clock;
import java.time.Duration;

/**
 * The server's one record of recent failed sign-ins ({@link FailedLogins}), and where a request's client
 * address comes from. Behind a reverse proxy every request comes from the proxy's address; then, and only
 * when {@code sikerja.proxy.client-address-header} names the header the proxy sets, the address is the
 * last entry of that header (the one the proxy itself appended; earlier entries are the client's say).
 * Without that key the header is ignored, since anyone could send it.
 */
@ApplicationScoped
public class LoginGuard {

    /** Counts kept at most (per username+address and per address): a few MB. */
    private static final int MAX_TRACKED = 50_000;

    @Inject
    SikerjaConfig config;

    private FailedLogins failedLogins;

    @PostConstruct
    void init() {
        failedLogins = new FailedLogins(config.loginThrottle(), config.addressLoginThrottle(),
                Duration.ofMinutes(config.loginForgetAfterMinutes()), MAX_TRACKED, Clock.systemUTC());
    }

    public FailedLogins failedLogins() {
        return failedLogins;
    }

    /** The address failed sign-ins are counted against. */
    public String clientAddress(HttpServletRequest request) {
        return clientAddress(request.getRemoteAddr(), config.proxyClientAddressHeader()
                .map(request::getHeader).orElse(null));
    }

    static String clientAddress(String remoteAddress, String proxyHeaderValue) {
        if (proxyHeaderValue != null && !proxyHeaderValue.isBlank()) {
            String[] hops = proxyHeaderValue.split(",");
            String last = hops[hops.length - 1].strip();
            if (!last.isEmpty()) {
                return last;
            }
        }
        return remoteAddress;
    }
}
