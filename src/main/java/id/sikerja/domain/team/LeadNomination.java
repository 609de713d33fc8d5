package id.sikerja.domain.team;

import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.policy.PolicyProfile;
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
import jakarta.persistence.Basic;
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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Candidates for ketua of a kelompok kerja proposed by the department head to the Sekda through the personnel office
 * (BKPSDM), which forwards the proposal; the Sekda recommends one by a numbered Keputusan Sekretaris Daerah, or the
 * proposal is returned with a reason (KL Pasal 14 ayat (1)).
 */
@Entity
@Table(name = "lead_nomination")
public class LeadNomination extends BaseEntity implements WorkflowSubject<NominationState> {

    /**
     * KL Pasal 14 ayat (1): the head proposes at least two candidates "kepada Sekretaris Daerah melalui Perangkat
     * Daerah yang membidangi kepegawaian" (huruf a); the personnel office forwards the proposal to the Sekda or
     * returns it with a reason; the Sekda "mengeluarkan Keputusan Sekretaris Daerah tentang rekomendasi" (huruf c)
     * or returns it with a reason.
     */
    public static final Chain<NominationState> CHAIN = Chain.named("nomination", NominationState.class)
            .step(Transition.<NominationState>of("team.forwardNomination").from(NominationState.PROPOSED)
                    .to(NominationState.FORWARDED).by(Actor.PERSONNEL_OFFICE)
                    .wrongState("team.nominationNotPending").denied("team.forwardNomination"))
            .step(Transition.<NominationState>of("team.returnNomination").from(NominationState.PROPOSED)
                    .to(NominationState.RETURNED).by(Actor.PERSONNEL_OFFICE)
                    .requires(Requirement.REASON, "team.reasonRequired")
                    .wrongState("team.nominationNotPending").denied("team.recommend"))
            .step(Transition.<NominationState>of("team.recommend").from(NominationState.FORWARDED)
                    .to(NominationState.RECOMMENDED).by(Actor.REGIONAL_SECRETARY)
                    .wrongState("team.nominationNotPending").denied("team.recommend"))
            .step(Transition.<NominationState>of("team.returnNomination").from(NominationState.FORWARDED)
                    .to(NominationState.RETURNED).by(Actor.REGIONAL_SECRETARY)
                    .requires(Requirement.REASON, "team.reasonRequired")
                    .wrongState("team.nominationNotPending").denied("team.recommend"))
            .waiting(NominationState.PROPOSED, Actor.PERSONNEL_OFFICE, "team.forwardNomination")
            .waiting(NominationState.FORWARDED, Actor.REGIONAL_SECRETARY, "team.recommend")
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

    @Column(name = "proposed_on")
    private LocalDate proposedOn;

    /** The Keputusan Sekretaris Daerah tentang rekomendasi (KL Pasal 14 ayat (1) huruf c), once issued. */
    @Column(name = "decision_number", length = 120)
    private String decisionNumber;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Column(name = "decision_signer_office", length = 300)
    private String decisionSignerOffice;

    @Column(name = "decision_signer_name", length = 200)
    private String decisionSignerName;

    @Column(name = "decision_signer_nip", length = 30)
    private String decisionSignerNip;

    /** The Keputusan Sekretaris Daerah as issued (its content never changes afterwards). */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "decision_document")
    private byte[] decisionDocument;

    protected LeadNomination() {
    }

    /**
     * The head proposes at least two candidates (KL Pasal 14 ayat (1) huruf a) on an occasion the article allows
     * ({@link LeadRules#requireOccasionFits}, huruf b), for a kelompok kerja being drafted or whose decree is being
     * amended to fill a vacant seat.
     */
    public static LeadNomination propose(PolicyProfile policy, WorkTeam team, List<Employee> candidates,
                                         NominationOccasion occasion, String nominatedBy, LocalDate today) {
        if (team.getKind() != WorkTeamKind.KELOMPOK_KERJA) {
            throw new BusinessRuleException("team.nominationOnlyForKelompokKerja");
        }
        if (!team.getState().isShapeable()) {
            throw new BusinessRuleException(team.getState() == WorkTeamState.ESTABLISHED ? "team.amendToFillVacancy"
                    : "team.wrongState", team.getState().name());
        }
        LeadRules.requireOccasionFits(policy, team, occasion, today);
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
        n.proposedOn = today;
        return n;
    }

    /** PROPOSED → FORWARDED: the personnel office forwards it to the Sekda (KL Pasal 14 ayat (1) huruf a). */
    public void forward(Set<Actor> by) {
        this.state = CHAIN.take("team.forwardNomination", state, by, StepFacts.none()).to();
    }

    /**
     * FORWARDED → RECOMMENDED: the Sekda recommends one of the candidates by a Keputusan Sekretaris Daerah with its
     * number and date (KL Pasal 14 ayat (1) huruf c); the signer is kept for the document.
     */
    public void recommend(Set<Actor> by, Employee candidate, String note, String number, LocalDate date,
                          String signerOffice, String signerName, String signerNip) {
        NominationState next = CHAIN.take("team.recommend", state, by, StepFacts.none()).to();
        if (candidate == null || candidates.stream().noneMatch(c -> c == candidate || c.equals(candidate))) {
            throw new BusinessRuleException("team.notACandidate");
        }
        if (number == null || number.isBlank() || date == null || signerName == null) {
            throw new BusinessRuleException("team.decreeIncomplete");
        }
        this.recommended = candidate;
        this.reason = note == null || note.isBlank() ? null : note.strip();
        this.decisionNumber = number;
        this.decisionDate = date;
        this.decisionSignerOffice = signerOffice;
        this.decisionSignerName = signerName;
        this.decisionSignerNip = signerNip;
        this.state = next;
    }

    /** Keeps the Sekda's decision as issued; once kept it is never replaced. */
    public void keepDecisionDocument(byte[] pdf) {
        if (state != NominationState.RECOMMENDED || decisionDocument != null || pdf == null || pdf.length == 0) {
            throw new BusinessRuleException("team.nominationNotPending");
        }
        this.decisionDocument = pdf.clone();
    }

    /** The Sekda's decision as issued, or null before it. */
    public byte[] getDecisionDocument() {
        return decisionDocument == null ? null : decisionDocument.clone();
    }

    /**
     * PROPOSED or FORWARDED → RETURNED: the personnel office or the Sekda sends the proposal back with a reason;
     * the head may propose again.
     */
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

    /** The Sekda and the personnel office hold their posts in the organisation tree. */
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

    public LocalDate getProposedOn() {
        return proposedOn;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public String getDecisionSignerOffice() {
        return decisionSignerOffice;
    }

    public String getDecisionSignerName() {
        return decisionSignerName;
    }

    public String getDecisionSignerNip() {
        return decisionSignerNip;
    }
}
