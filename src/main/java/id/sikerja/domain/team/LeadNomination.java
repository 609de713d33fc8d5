package id.sikerja.domain.team;

import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.policy.WorkTeamKind;
import id.sikerja.domain.shared.BaseEntity;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.workflow.Actor;
import id.sikerja.domain.workflow.Chain;
import id.sikerja.domain.workflow.Requirement;
import id.sikerja.domain.workflow.StepFacts;
import id.sikerja.domain.workflow.SubjectType;
import id.sikerja.domain.workflow.Transition;
import id.sikerja.domain.workflow.WorkflowSubject;
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
import java.util.Optional;
import java.util.Set;

/**
 * Candidates for ketua of a kelompok kerja proposed to the Sekda, who recommends one or returns the proposal
 * with a reason (KL Pasal 14 ayat (1)).
 */
@Entity
@Table(name = "lead_nomination")
public class LeadNomination extends BaseEntity implements WorkflowSubject<NominationState> {

    /**
     * The head proposes at least two candidates; the Sekda recommends one of them or returns the proposal
     * with a reason (KL Pasal 14 ayat (1)).
     */
    public static final Chain<NominationState> CHAIN = Chain.named("nomination", NominationState.class)
            .step(Transition.<NominationState>of("team.recommend").from(NominationState.PROPOSED)
                    .to(NominationState.RECOMMENDED).by(Actor.REGIONAL_SECRETARY)
                    .wrongState("team.nominationNotPending").denied("team.recommend"))
            .step(Transition.<NominationState>of("team.returnNomination").from(NominationState.PROPOSED)
                    .to(NominationState.RETURNED).by(Actor.REGIONAL_SECRETARY)
                    .requires(Requirement.REASON, "team.reasonRequired")
                    .wrongState("team.nominationNotPending").denied("team.recommend"))
            .waiting(NominationState.PROPOSED, Actor.REGIONAL_SECRETARY, "team.recommend")
            .build();


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
    public void recommend(Set<Actor> by, Employee candidate, String note) {
        NominationState next = CHAIN.take("team.recommend", state, by, StepFacts.none()).to();
        if (candidate == null || candidates.stream().noneMatch(c -> c == candidate || c.equals(candidate))) {
            throw new BusinessRuleException("team.notACandidate");
        }
        this.recommended = candidate;
        this.reason = note == null || note.isBlank() ? null : note.strip();
        this.state = next;
    }

    /** PROPOSED → RETURNED: the Sekda sends the proposal back with a reason; the head may propose again. */
    public void returnWithReason(Set<Actor> by, String why) {
        StepFacts facts = StepFacts.because(why);
        this.state = CHAIN.take("team.returnNomination", state, by, facts).to();
        this.reason = facts.reason();
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.NOMINATION;
    }

    @Override
    public long getGovernmentId() {
        return government.getId();
    }

    @Override
    public Chain<NominationState> chain() {
        return CHAIN;
    }

    @Override
    public String title() {
        return team.getName();
    }

    /** The Sekda holds the post in the organisation tree. */
    @Override
    public Optional<Long> holderOf(Actor actor) {
        return Optional.empty();
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
