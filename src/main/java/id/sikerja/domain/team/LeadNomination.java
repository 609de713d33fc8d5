package id.sikerja.domain.team;

import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.policy.WorkTeamKind;
import id.sikerja.domain.shared.BaseEntity;
import id.sikerja.domain.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Candidates for ketua of a kelompok kerja proposed to the Sekda, who recommends one or returns the proposal
 * with a reason (KL Pasal 14 ayat (1)).
 */
@Entity
@Table(name = "lead_nomination")
public class LeadNomination extends BaseEntity {

    /** KL Pasal 14 ayat (1) huruf a: "minimal 2 (dua) orang". */
    public static final int MINIMUM_CANDIDATES = 2;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "government_id")
    private Government government;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    private WorkTeam team;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NominationOccasion occasion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NominationState state = NominationState.PROPOSED;

    @ManyToMany
    @JoinTable(name = "lead_nomination_candidate", joinColumns = @JoinColumn(name = "nomination_id"),
            inverseJoinColumns = @JoinColumn(name = "employee_id"))
    @OrderBy("name")
    private List<Employee> candidates = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recommended_id")
    private Employee recommended;

    @Column(columnDefinition = "text")
    private String reason;

    @Column(name = "nominated_by", nullable = false, length = 100)
    private String nominatedBy;

    protected LeadNomination() {
    }

    /**
     * The head proposes at least two candidates (KL Pasal 14 ayat (1) huruf a) at year end or on a vacancy
     * (huruf b), for a kelompok kerja still being drafted.
     */
    public static LeadNomination propose(WorkTeam team, List<Employee> candidates, NominationOccasion occasion,
                                         String nominatedBy) {
        if (team.getKind() != WorkTeamKind.KELOMPOK_KERJA) {
            throw new BusinessRuleException("team.nominationOnlyForKelompokKerja");
        }
        if (team.getState() != WorkTeamState.DRAFT) {
            throw new BusinessRuleException("team.wrongState", team.getState().name());
        }
        if (occasion == null) {
            throw new BusinessRuleException("team.occasionRequired");
        }
        LinkedHashSet<Employee> distinct = new LinkedHashSet<>(candidates == null ? List.of() : candidates);
        if (distinct.size() < MINIMUM_CANDIDATES) {
            throw new BusinessRuleException("team.nominationTooFewCandidates", MINIMUM_CANDIDATES);
        }
        LeadNomination n = new LeadNomination();
        n.government = team.getGovernment();
        n.team = team;
        n.occasion = occasion;
        n.candidates.addAll(distinct);
        n.nominatedBy = nominatedBy;
        return n;
    }

    /** PROPOSED → RECOMMENDED: the Sekda recommends one of the candidates (KL Pasal 14 ayat (1) huruf c). */
    public void recommend(Employee candidate, String note) {
        requireProposed();
        if (candidate == null || candidates.stream().noneMatch(c -> c == candidate || c.equals(candidate))) {
            throw new BusinessRuleException("team.notACandidate");
        }
        this.recommended = candidate;
        this.reason = note == null || note.isBlank() ? null : note.strip();
        this.state = NominationState.RECOMMENDED;
    }

    /** PROPOSED → RETURNED: the Sekda sends the proposal back with a reason; the head may propose again. */
    public void returnWithReason(String why) {
        requireProposed();
        if (why == null || why.isBlank()) {
            throw new BusinessRuleException("team.reasonRequired");
        }
        this.reason = why.strip();
        this.state = NominationState.RETURNED;
    }

    private void requireProposed() {
        if (state != NominationState.PROPOSED) {
            throw new BusinessRuleException("team.nominationNotPending");
        }
    }

    public Government getGovernment() {
        return government;
    }

    public WorkTeam getTeam() {
        return team;
    }

    public NominationOccasion getOccasion() {
        return occasion;
    }

    public NominationState getState() {
        return state;
    }

    public List<Employee> getCandidates() {
        return Collections.unmodifiableList(candidates);
    }

    public Employee getRecommended() {
        return recommended;
    }

    public String getReason() {
        return reason;
    }

    public String getNominatedBy() {
        return nominatedBy;
    }
}
