package id.sikerja.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the JVM has headroom: reports free heap so an operator sees memory trouble coming. */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        boolean ok = used < rt.maxMemory() * 0.95;
        return HealthCheckResponse.named("application").status(ok).withData("heapUsedMb", used / 1_048_576)
                .withData("heapMaxMb", rt.maxMemory() / 1_048_576).build();
    }
}
