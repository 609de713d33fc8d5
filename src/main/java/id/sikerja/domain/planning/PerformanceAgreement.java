package id.sikerja.domain.planning;

import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BaseEntity;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.workflow.Actor;
import id.sikerja.domain.workflow.Chain;
import id.sikerja.domain.workflow.Requirement;
import id.sikerja.domain.workflow.StepFacts;
import id.sikerja.domain.workflow.SubjectType;
import id.sikerja.domain.workflow.Transition;
import id.sikerja.domain.workflow.WorkflowSubject;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.Optional;

/**
 * One revision of a Perjanjian Kinerja: the targets a unit head (or, where the policy says so, a
 * team lead) commits to for a year (the regional regulations). Draft → submitted → approved by the
 * superior, or returned with a reason and fixed. An approved agreement is changed only by an
 * amendment: a new revision with a reason; the old one stays, read-only, and is superseded when the
 * amendment is approved.
 */
@Entity
@Table(name = "performance_agreement")
public class PerformanceAgreement extends BaseEntity implements WorkflowSubject<AgreementState> {

    /**
     * The agreement's chain: the owner drafts and submits it to the superior named at submission, who
     * signs it or returns it with a reason (PermenPANRB 6/2022 Pasal 7: the Perjanjian Kinerja is agreed
     * between the head and the superior); an approved amendment supersedes the revision before it.
     */
    public static final Chain<AgreementState> CHAIN = Chain.named("agreement", AgreementState.class)
            .step(Transition.<AgreementState>of("agreement.submit").from(AgreementState.DRAFT, AgreementState.RETURNED)
                    .to(AgreementState.SUBMITTED).by(Actor.OWNER).wrongState("agreement.notEditable")
                    .denied("agreement.edit"))
            .step(Transition.<AgreementState>of("agreement.approve").from(AgreementState.SUBMITTED)
                    .to(AgreementState.APPROVED).by(Actor.APPROVER).wrongState("agreement.notSubmitted")
                    .denied("agreement.approve"))
            .step(Transition.<AgreementState>of("agreement.return").from(AgreementState.SUBMITTED)
                    .to(AgreementState.RETURNED).by(Actor.APPROVER)
                    .requires(Requirement.REASON, "agreement.reasonRequired").wrongState("agreement.notSubmitted")
                    .denied("agreement.approve"))
            .step(Transition.<AgreementState>of("agreement.supersede").from(AgreementState.APPROVED)
                    .to(AgreementState.SUPERSEDED).by(Actor.SYSTEM).wrongState("agreement.amendOnlyApproved"))
            .waiting(AgreementState.SUBMITTED, Actor.APPROVER, "agreement.approve")
            .waiting(AgreementState.RETURNED, Actor.OWNER, "agreement.fix")
            .build();


    public static final int MAX_TEXT = 2000;

    @Column(name = "government_id", nullable = false, updatable = false)
    private long governmentId;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "department_id", nullable = false, updatable = false)
    private long departmentId;

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, updatable = false)
    private int revision = 1;

    @Column(name = "previous_id", updatable = false)
    private Long previousId;

    @Column(name = "amendment_reason", columnDefinition = "text", updatable = false)
    private String amendmentReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementState state = AgreementState.DRAFT;

    @Column(name = "owner_name", nullable = false)
    private String ownerName;

    @Column(name = "owner_position")
    private String ownerPosition;

    @Column(name = "unit_name")
    private String unitName;

    @Column(name = "approver_id")
    private Long approverId;

    @Column(name = "approver_name")
    private String approverName;

    @Column(name = "return_reason", columnDefinition = "text")
    private String returnReason;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Objective> objectives = new ArrayList<>();

    protected PerformanceAgreement() {
    }

    public PerformanceAgreement(long governmentId, long ownerId, long unitId, long departmentId, int year,
                                String ownerName, String ownerPosition, String unitName) {
        if (year < 2000 || year > 2100) {
            throw new BusinessRuleException("agreement.yearInvalid", year);
        }
        this.governmentId = governmentId;
        this.ownerId = ownerId;
        this.unitId = unitId;
        this.departmentId = departmentId;
        this.year = year;
        this.ownerName = ownerName;
        this.ownerPosition = ownerPosition;
        this.unitName = unitName;
    }

    /**
     * Who may own an agreement. A unit head always (the regional regulations: the Level I head sets the
     * unit's PK and Level II heads theirs). The ketua of a kelompok kerja whose decree holds in the agreement's
     * year only where the government's policy says such leads sign an agreement (KL Pasal 16 ayat (3)); the
     * facts come from the teams ({@code LeadRules#leadsKelompokKerjaIn}), not from a granted role. Anyone else
     * never; a lead of another team hears that leads do not sign here.
     *
     * @param leadsKelompokKerja ketua of a decreed kelompok kerja of the year
     * @param leadsTeam          ketua of any decreed team of the year
     */
    public static void requireEligibleOwner(boolean headsUnit, boolean leadsKelompokKerja, boolean leadsTeam,
                                            PolicyProfile policy) {
        if (headsUnit) {
            return;
        }
        if (leadsKelompokKerja && policy.isLeadsSignAgreement()) {
            return;
        }
        throw new BusinessRuleException(leadsTeam || leadsKelompokKerja ? "agreement.leadsDoNotSign"
                : "agreement.ownerNotEligible");
    }

    /**
     * Who signs (approves) an agreement: the superior. A department head's agreement is signed by the
     * Kepala Daerah (Bupati/Walikota); any other owner's by their appraiser, the superior head.
     */
    public static long approverFor(boolean ownerHeadsDepartment, Long appraiserId, Long regionalHeadId) {
        Long approver = ownerHeadsDepartment ? regionalHeadId : appraiserId;
        if (approver == null) {
            throw new BusinessRuleException("agreement.noApprover");
        }
        return approver;
    }

    /** Replaces objectives and indicators, none linked upward, while the owner may still edit. */
    public void replaceContent(List<AgreementLine> lines, PolicyProfile policy) {
        replaceContent(lines, policy, SuperiorPlan.NONE);
    }

    /**
     * Replaces objectives and indicators while the owner may still edit (draft or returned); each indicator
     * may serve an indicator of a superior's agreement ({@link Indicator#requireServable}).
     */
    public void replaceContent(List<AgreementLine> lines, PolicyProfile policy, SuperiorPlan superiors) {
        requireEditable();
        if (lines == null) {
            lines = List.of();
        }
        List<Objective> fresh = new ArrayList<>();
        int o = 0;
        for (AgreementLine line : lines) {
            String text = clean(line.objective());
            if (text == null) {
                throw new BusinessRuleException("agreement.objectiveRequired", o + 1);
            }
            Objective objective = new Objective(this, o++, text);
            int i = 0;
            for (AgreementLine.IndicatorLine il : line.indicators() == null ? List.<AgreementLine.IndicatorLine>of()
                    : line.indicators()) {
                String itext = clean(il.text());
                if (itext == null) {
                    throw new BusinessRuleException("agreement.indicatorRequired", o);
                }
                WorkMode mode = declareWorkMode(policy, il.workMode(), itext);
                Long serves = il.servesIndicatorId();
                if (serves != null) {
                    Indicator.requireServable(this, superiors.indicator(serves)
                            .orElseThrow(() -> new BusinessRuleException("agreement.servesUnknown")),
                            superiors.superiorIds());
                }
                objective.add(new Indicator(objective, i++, il.originId(), itext,
                        new Target(il.targetValue(), il.targetUnit()), mode, serves));
            }
            fresh.add(objective);
        }
        objectives.clear();
        objectives.addAll(fresh);
    }

    /**
     * A new draft starts from what the superior divided among the heads below (JB Lampiran II.B.5 angka 1,
     * "membagi dan menunjuk"; KL Lampiran B.5.1 huruf b–d) and cascaded into the owner's own SKP of the year:
     * each of its results that supports an indicator the owner may serve ({@link Indicator#requireServable})
     * becomes an indicator serving that one, with the result's text and target, under the superior's objective.
     * The owner edits it from there. Where the policy asks for a work mode the served indicator's is taken; a
     * result whose served indicator has none, and one flagged for review after the superior's amendment, are
     * left out.
     */
    public void startFromCascade(List<WorkResult> ownResults, PolicyProfile policy, SuperiorPlan superiors) {
        if (state != AgreementState.DRAFT || !objectives.isEmpty()) {
            throw new BusinessRuleException("agreement.notEditable", state);
        }
        Map<String, List<AgreementLine.IndicatorLine>> byObjective = new LinkedHashMap<>();
        for (WorkResult r : ownResults) {
            if (r.getSupportedIndicatorId() == null || r.isNeedsReview() || r.getSkp().getEmployeeId() != ownerId
                    || r.getSkp().getYear() != year) {
                continue;
            }
            Indicator served = superiors.indicator(r.getSupportedIndicatorId()).orElse(null);
            if (served == null || !Indicator.servable(this, served, superiors.superiorIds())
                    || policy.isTargetsDeclareWorkMode() && served.getWorkMode() == null) {
                continue;
            }
            byObjective.computeIfAbsent(served.getObjective().getText(), k -> new ArrayList<>())
                    .add(new AgreementLine.IndicatorLine(null, r.getText(), r.getTarget().getValue(),
                            r.getTarget().getUnit(), served.getWorkMode(), served.getId()));
        }
        List<AgreementLine> lines = new ArrayList<>();
        byObjective.forEach((objective, indicators) -> lines.add(new AgreementLine(objective, indicators)));
        replaceContent(lines, policy, superiors);
    }

    /**
     * PS Lampiran I.2: where the policy asks for it, each target says whether it is done individually
     * or by a work team; elsewhere the work mode is not recorded.
     */
    static WorkMode declareWorkMode(PolicyProfile policy, WorkMode mode, String indicatorText) {
        if (!policy.isTargetsDeclareWorkMode()) {
            return null;
        }
        if (mode == null) {
            throw new BusinessRuleException("agreement.workModeRequired", indicatorText);
        }
        return mode;
    }

    /** The owner hands the agreement to its approver: it needs at least one objective with an indicator. */
    public void submit(long actorId, long approver, String approverDisplayName) {
        AgreementState next = CHAIN.take("agreement.submit", state, actorsOf(actorId), StepFacts.none()).to();
        if (objectives.isEmpty() || objectives.stream().anyMatch(o -> o.getIndicators().isEmpty())) {
            throw new BusinessRuleException("agreement.incomplete");
        }
        this.approverId = approver;
        this.approverName = approverDisplayName;
        this.state = next;
        this.submittedAt = OffsetDateTime.now();
    }

    /** The superior signs. Only the approver named at submission may. */
    public void approve(long actorEmployeeId) {
        this.state = CHAIN.take("agreement.approve", state, actorsOf(actorEmployeeId), StepFacts.none()).to();
        this.approvedAt = OffsetDateTime.now();
        this.returnReason = null;
    }

    /** The superior sends it back with a reason; the owner fixes and resubmits. */
    public void returnForRevision(long actorEmployeeId, String reason) {
        StepFacts facts = StepFacts.because(reason);
        this.state = CHAIN.take("agreement.return", state, actorsOf(actorEmployeeId), facts).to();
        this.returnReason = facts.reason();
    }

    /**
     * Starts an amendment (the regional regulations, PS: a change of activities requires an amended PK): a
     * new draft revision carrying the same content, each indicator pointing at the one it continues and
     * serving the superior's indicator it served.
     * This revision stays approved until the amendment is approved.
     */
    public PerformanceAgreement amend(String reason) {
        if (state != AgreementState.APPROVED) {
            throw new BusinessRuleException("agreement.amendOnlyApproved");
        }
        String why = clean(reason);
        if (why == null) {
            throw new BusinessRuleException("agreement.reasonRequired");
        }
        PerformanceAgreement next = new PerformanceAgreement(governmentId, ownerId, unitId, departmentId, year,
                ownerName, ownerPosition, unitName);
        next.revision = revision + 1;
        next.previousId = getId();
        next.amendmentReason = why;
        int o = 0;
        for (Objective objective : objectives) {
            Objective copy = new Objective(next, o++, objective.getText());
            int i = 0;
            for (Indicator ind : objective.getIndicators()) {
                copy.add(new Indicator(copy, i++, ind.getId(), ind.getText(), ind.getTarget(), ind.getWorkMode(),
                        ind.getServesIndicatorId()));
            }
            next.objectives.add(copy);
        }
        return next;
    }

    /** An approved amendment replaces this revision, which stays readable. */
    public void supersede() {
        this.state = CHAIN.take("agreement.supersede", state, Set.of(Actor.SYSTEM), StepFacts.none()).to();
    }

    /** How an employee stands to this agreement: its owner, its approver (once submitted), or neither. */
    public Set<Actor> actorsOf(long employeeId) {
        Set<Actor> actors = new HashSet<>();
        if (employeeId == ownerId) {
            actors.add(Actor.OWNER);
        }
        if (approverId != null && employeeId == approverId) {
            actors.add(Actor.APPROVER);
        }
        return actors;
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.AGREEMENT;
    }

    @Override
    public Chain<AgreementState> chain() {
        return CHAIN;
    }

    @Override
    public Optional<Long> holderOf(Actor actor) {
        if (actor.equals(Actor.OWNER)) {
            return Optional.of(ownerId);
        }
        return actor.equals(Actor.APPROVER) ? Optional.ofNullable(approverId) : Optional.empty();
    }

    /**
     * The indicator of this revision that continues {@code old} unchanged, if any. Results linked to an
     * indicator that was changed or removed by the amendment have no such successor and must be
     * reviewed by their owner (issue 3: "SKPs linked to a changed target are flagged for review").
     */
    public Optional<Indicator> unchangedSuccessorOf(Indicator old) {
        return indicators().stream()
                .filter(i -> old.getId() != null && old.getId().equals(i.getOriginId()) && i.sameCommitmentAs(old))
                .findFirst();
    }

    public List<Indicator> indicators() {
        return objectives.stream().flatMap(o -> o.getIndicators().stream()).toList();
    }

    private void requireEditable() {
        if (!state.isEditable()) {
            throw new BusinessRuleException("agreement.notEditable", state);
        }
    }

    static String clean(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (t.length() > MAX_TEXT) {
            throw new BusinessRuleException("plan.textTooLong", MAX_TEXT);
        }
        return t;
    }

    public String title() {
        return year + " — " + ownerName + (revision > 1 ? " (revisi " + revision + ")" : "");
    }

    public long getGovernmentId() {
        return governmentId;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public long getUnitId() {
        return unitId;
    }

    public long getDepartmentId() {
        return departmentId;
    }

    public int getYear() {
        return year;
    }

    public int getRevision() {
        return revision;
    }

    public Long getPreviousId() {
        return previousId;
    }

    public String getAmendmentReason() {
        return amendmentReason;
    }

    public AgreementState getState() {
        return state;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public String getOwnerPosition() {
        return ownerPosition;
    }

    public String getUnitName() {
        return unitName;
    }

    public Long getApproverId() {
        return approverId;
    }

    public String getApproverName() {
        return approverName;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public OffsetDateTime getApprovedAt() {
        return approvedAt;
    }

    public List<Objective> getObjectives() {
        return Collections.unmodifiableList(objectives);
    }
}
