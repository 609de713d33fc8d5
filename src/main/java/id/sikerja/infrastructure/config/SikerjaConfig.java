package id.sikerja.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Every setting of the application, from MicroProfile Config: defaults in
 * META-INF/microprofile-config.properties, overridable by system properties and environment
 * variables (SIKERJA_DEMO_ENABLED for sikerja.demo.enabled, and so on). Held in an application-scoped
 * bean so passivating beans never carry injected config.
 */
@ApplicationScoped
public class SikerjaConfig {

    @Inject
    @ConfigProperty(name = "sikerja.demo.enabled", defaultValue = "false")
    boolean demoEnabled;

    @Inject
    @ConfigProperty(name = "sikerja.demo.password", defaultValue = "sikerja-demo")
    String demoPassword;

    @Inject
    @ConfigProperty(name = "sikerja.login.free-attempts", defaultValue = "5")
    int loginFreeAttempts;

    @Inject
    @ConfigProperty(name = "sikerja.login.base-delay-seconds", defaultValue = "30")
    int loginBaseDelaySeconds;

    @Inject
    @ConfigProperty(name = "sikerja.login.max-delay-seconds", defaultValue = "900")
    int loginMaxDelaySeconds;

    @Inject
    @ConfigProperty(name = "sikerja.login.address-free-attempts", defaultValue = "20")
    int loginAddressFreeAttempts;

    @Inject
    @ConfigProperty(name = "sikerja.login.account-free-attempts", defaultValue = "50")
    int loginAccountFreeAttempts;

    @Inject
    @ConfigProperty(name = "sikerja.login.forget-after-minutes", defaultValue = "60")
    int loginForgetAfterMinutes;

    @Inject
    @ConfigProperty(name = "sikerja.proxy.client-address-header")
    java.util.Optional<String> proxyClientAddressHeader;

    @Inject
    @ConfigProperty(name = "sikerja.security.pbkdf2-iterations", defaultValue = "210000")
    int pbkdf2Iterations;

    @Inject
    @ConfigProperty(name = "sikerja.import.max-rows", defaultValue = "20000")
    int importMaxRows;

    @Inject
    @ConfigProperty(name = "sikerja.import.max-bytes", defaultValue = "10485760")
    long importMaxBytes;

    @Inject
    @ConfigProperty(name = "sikerja.max-post-bytes", defaultValue = "20971520")
    long maxPostBytes;

    @Inject
    @ConfigProperty(name = "sikerja.behind-tls", defaultValue = "false")
    boolean behindTls;

    public boolean demoEnabled() {
        return demoEnabled;
    }

    public String demoPassword() {
        return demoPassword;
    }

    public id.sikerja.domain.access.LoginThrottle loginThrottle() {
        return new id.sikerja.domain.access.LoginThrottle(loginFreeAttempts, Duration.ofSeconds(loginBaseDelaySeconds),
                Duration.ofSeconds(loginMaxDelaySeconds));
    }

    /** Failed sign-ins from one client address, across usernames, before that address is locked. */
    public id.sikerja.domain.access.LoginThrottle addressLoginThrottle() {
        return new id.sikerja.domain.access.LoginThrottle(loginAddressFreeAttempts,
                Duration.ofSeconds(loginBaseDelaySeconds).multipliedBy(2), Duration.ofSeconds(loginMaxDelaySeconds));
    }

    /** Consecutive failed sign-ins on one account, from any address, before the account itself is locked. */
    public id.sikerja.domain.access.LoginThrottle accountLoginThrottle() {
        return new id.sikerja.domain.access.LoginThrottle(loginAccountFreeAttempts, Duration.ofSeconds(loginBaseDelaySeconds),
                Duration.ofSeconds(loginMaxDelaySeconds));
    }

    public int loginForgetAfterMinutes() {
        return loginForgetAfterMinutes;
    }

    /** The header a reverse proxy puts the client's address in (e.g. X-Forwarded-For), when there is one. */
    public java.util.Optional<String> proxyClientAddressHeader() {
        return proxyClientAddressHeader.filter(h -> !h.isBlank());
    }

    public int pbkdf2Iterations() {
        return pbkdf2Iterations;
    }

    public int importMaxRows() {
        return importMaxRows;
    }

    public long importMaxBytes() {
        return importMaxBytes;
    }

    /** Largest request body the application reads (SIKERJA_MAX_POST_BYTES); larger ones get the "too large" page. */
    public long maxPostBytes() {
        return maxPostBytes;
    }

    /** Whether users reach the server through TLS (https), so the session cookie may be marked Secure. */
    public boolean behindTls() {
        return behindTls;
    }
}
