package id.sikerja.application.internal;

import id.sikerja.domain.organisation.AppraisalResult;
import id.sikerja.domain.organisation.AppraiserDerivation;
import id.sikerja.domain.organisation.AppraiserOverride;
import id.sikerja.domain.organisation.AppraiserRule;
import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.OrganisationRepository;
import id.sikerja.domain.policy.PolicyProfile;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;

/**
 * Applies {@link AppraiserDerivation} with the government's rules, policy and overrides. Create one
 * {@link Session} per service call to derive many people with shared lookups.
 */
@Dependent
public class AppraisalService {

    @Inject
    OrganisationRepository repository;

    public Session session(long governmentId) {
        return new Session(governmentId);
    }

    public final class Session {
        private final long governmentId;
        private final List<AppraiserRule> rules;
        private final AppraiserDerivation derivation;
        /** Active overrides by employee id, loaded once: deriving a whole government costs no query per person. */
        private final java.util.Map<Long, AppraiserOverride> overrides;

        private Session(long governmentId) {
            this.governmentId = governmentId;
            this.rules = repository.rules(governmentId);
            int ownerLevel = repository.policy(governmentId).map(PolicyProfile::getPerformanceOwnerLevel).orElse(1);
            this.derivation = new AppraiserDerivation(new RepositoryStructureLookup(repository), ownerLevel);
            this.overrides = new java.util.HashMap<>();
            repository.activeOverrides(governmentId).forEach(o -> overrides.put(o.getEmployee().getId(), o));
        }

        public AppraisalResult derive(Employee employee, LocalDate on) {
            return derivation.derive(employee, on, rules, java.util.Optional.ofNullable(overrides.get(employee.getId())));
        }
    }
}
