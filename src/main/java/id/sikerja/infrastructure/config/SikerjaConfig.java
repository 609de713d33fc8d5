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
    @ConfigProperty(name = "sikerja.security.pbkdf2-iterations", defaultValue = "210000")
    int pbkdf2Iterations;

    @Inject
    @ConfigProperty(name = "sikerja.import.max-rows", defaultValue = "20000")
    int importMaxRows;

    @Inject
    @ConfigProperty(name = "sikerja.import.max-bytes", defaultValue = "10485760")
    long importMaxBytes;

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

    public int pbkdf2Iterations() {
        return pbkdf2Iterations;
    }

    public int importMaxRows() {
        return importMaxRows;
    }

    public long importMaxBytes() {
        return importMaxBytes;
    }

    /** Whether users reach the server through TLS (https), so the session cookie may be marked Secure. */
    public boolean behindTls() {
        return behindTls;
    }
}
