package id.sikerja.domain.organisation;

import java.util.List;
import java.util.Optional;

/**
 * Outcome of deriving who appraises an employee: the appraiser (Pejabat Penilai Kinerja), the
 * unit head who assigns work (Pimpinan Unit Organisasi), and the performance owner (Pemilik
 * Kinerja, KL Pasal 1.20); or the problem that prevents it and the rules involved.
 */
public record AppraisalResult(Employee appraiser,
                              Position appraiserPosition,
                              Employee unitHead,
                              Employee performanceOwner,
                              AppraisalProblem problem,
                              List<AppraiserRule> rules,
                              AppraiserOverride override) {

    public Optional<Employee> appraiserIfKnown() {
        return Optional.ofNullable(appraiser);
    }

    public boolean isProblem() {
        return problem != null;
    }

    public boolean isOverridden() {
        return override != null;
    }

    /** The rule that decided, when exactly one did. */
    public Optional<AppraiserRule> decidingRule() {
        return rules.size() == 1 ? Optional.of(rules.get(0)) : Optional.empty();
    }
}
