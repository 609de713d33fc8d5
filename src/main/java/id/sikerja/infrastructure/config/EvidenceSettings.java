package id.sikerja.infrastructure.config;

import id.sikerja.domain.execution.EvidenceRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The evidence settings ({@code sikerja.evidence.*}) as the domain's {@link EvidenceRules}. */
@ApplicationScoped
public class EvidenceSettings {

    @Inject
    @ConfigProperty(name = "sikerja.evidence.max-bytes", defaultValue = "5242880")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "sikerja.evidence.types", defaultValue = "image/jpeg,image/png,application/pdf")
    List<String> types;

    @Produces
    EvidenceRules rules() {
        Set<String> allowed = types.stream().flatMap(t -> Arrays.stream(t.split(","))).map(String::strip)
                .filter(t -> !t.isEmpty()).collect(Collectors.toSet());
        return new EvidenceRules(maxBytes, allowed);
    }
}
