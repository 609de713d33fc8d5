package id.sikerja.domain.planning;

import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.shared.AccessDeniedException;
import id.sikerja.domain.shared.BaseEntity;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.workflow.Chain;
import id.sikerja.domain.workflow.Actor;
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

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;

/**
 * Sasaran Kinerja Pegawai: one employee's performance plan for a period with one appraiser
 * (PermenPANRB 6/2022 Pasal 5 stage 1; PermenPANRB 6/2022 Lampiran). The header snapshots employee and appraiser as
 * they were when the SKP started, so a later transfer does not rewrite the document. Draft (the
 * employee) → submitted → approved by the appraiser, or returned with notes and fixed.
 */
@Entity
@Table(name = "skp")
public class Skp extends BaseEntity implements WorkflowSubject<SkpState> {

    /**
     * The SKP's approval chain: the employee drafts and submits it, the appraiser (Pejabat Penilai
     * Kinerja) approves it or returns it with notes (PermenPANRB 6/2022 Pasal 8); where the government's
     * policy says so, only after a planning dialogue (PS Lampiran I huruf A angka 2). A running SKP is
     * closed when its owner's position or appraiser changes (part-year SKP).
     */
    public static final Chain<SkpState> CHAIN = Chain.named("skp", SkpState.class)
            .step(Transition.<SkpState>of("skp.submit").from(SkpState.DRAFT, SkpState.RETURNED).to(SkpState.SUBMITTED)
                    .by(Actor.OWNER).wrongState("skp.notEditable").denied("skp.edit"))
            .step(Transition.<SkpState>of("skp.approve").from(SkpState.SUBMITTED).to(SkpState.APPROVED)
                    .by(Actor.APPRAISER).requires(Requirement.PLANNING_DIALOGUE, "skp.planningDialogueRequired")
                    .wrongState("skp.notSubmitted").denied("skp.approve"))
            .step(Transition.<SkpState>of("skp.return").from(SkpState.SUBMITTED).to(SkpState.RETURNED)
                    .by(Actor.APPRAISER).requires(Requirement.REASON, "skp.notesRequired")
                    .wrongState("skp.notSubmitted").denied("skp.approve"))
            .step(Transition.<SkpState>of("skp.close")
                    .from(SkpState.DRAFT, SkpState.SUBMITTED, SkpState.RETURNED, SkpState.APPROVED).to(SkpState.CLOSED)
                    .by(Actor.OWNER, Actor.SYSTEM).wrongState("skp.alreadyClosed"))
            .waiting(SkpState.SUBMITTED, Actor.APPRAISER, "skp.approve")
            .waiting(SkpState.RETURNED, Actor.OWNER, "skp.fix")
            .build();


    /** Name, NIP, rank, position and unit as printed in the SKP header blocks. */
    public record Party(String name, String nip, String rank, String position, String unit) {
    }

    @Column(name = "government_id", nullable = false, updatable = false)
    private long governmentId;

    @Column(name = "employee_id", nullable = false, updatable = false)
    private long employeeId;

    @Column(name = "appraiser_id", updatable = false)
    private Long appraiserId;

    @Column(name = "unit_id", updatable = false)
    private Long unitId;

    @Column(name = "department_id", updatable = false)
    private Long departmentId;

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SkpForm form;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Approach approach = Approach.KUANTITATIF;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SkpState state = SkpState.DRAFT;

    @Column(name = "employee_name", nullable = false, updatable = false)
    private String employeeName;
    @Column(name = "employee_nip", updatable = false)
    private String employeeNip;
    @Column(name = "employee_rank", updatable = false)
    private String employeeRank;
    @Column(name = "employee_position", updatable = false)
    private String employeePosition;
    @Column(name = "employee_unit", updatable = false)
    private String employeeUnit;

    @Column(name = "appraiser_name", updatable = false)
    private String appraiserName;
    @Column(name = "appraiser_nip", updatable = false)
    private String appraiserNip;
    @Column(name = "appraiser_rank", updatable = false)
    private String appraiserRank;
    @Column(name = "appraiser_position", updatable = false)
    private String appraiserPosition;
    @Column(name = "appraiser_unit", updatable = false)
    private String appraiserUnit;

    @Column(name = "return_notes", columnDefinition = "text")
    private String returnNotes;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    @OneToMany(mappedBy = "skp", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<WorkResult> results = new ArrayList<>();

    @OneToMany(mappedBy = "skp", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<BehaviourExpectation> behaviours = new ArrayList<>();

    @OneToMany(mappedBy = "skp", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("kind, position")
    private List<AnnexItem> annex = new ArrayList<>();

    protected Skp() {
    }

    /**
     * Where a person's first SKP of a year begins (PermenPANRB 6/2022 Lampiran "Part-year SKP and transfers"): on 1 January,
     * or on the day they took up their position when that was later in the year.
     */
    public static LocalDate firstPeriodStart(int year, LocalDate placedSince) {
        LocalDate januaryFirst = LocalDate.of(year, 1, 1);
        return placedSince != null && placedSince.isAfter(januaryFirst) ? placedSince : januaryFirst;
    }

    /**
     * Starts an SKP from {@code start} to the end of that year, with the appraiser derived today.
     * The seven BerAKHLAK values are always part of it (PermenPANRB 6/2022 Lampiran "Work behaviour").
     */
    public Skp(long governmentId, long employeeId, Party employee, Long appraiserId, Party appraiser, Long unitId,
               Long departmentId, SkpForm form, LocalDate start) {
        this.governmentId = governmentId;
        this.employeeId = employeeId;
        this.appraiserId = appraiserId;
        this.unitId = unitId;
        this.departmentId = departmentId;
        this.form = form;
        this.year = start.getYear();
        this.periodStart = start;
        this.periodEnd = LocalDate.of(start.getYear(), 12, 31);
        this.employeeName = employee.name();
        this.employeeNip = employee.nip();
        this.employeeRank = employee.rank();
        this.employeePosition = employee.position();
        this.employeeUnit = employee.unit();
        if (appraiser != null) {
            this.appraiserName = appraiser.name();
            this.appraiserNip = appraiser.nip();
            this.appraiserRank = appraiser.rank();
            this.appraiserPosition = appraiser.position();
            this.appraiserUnit = appraiser.unit();
        }
        for (CoreValue value : CoreValue.values()) {
            behaviours.add(new BehaviourExpectation(this, value.name()));
        }
    }

    // ---- editing (the owner, while draft or returned)

    public void chooseApproach(long actorId, Approach newApproach) {
        requireOwnerEditing(actorId);
        if (newApproach == null) {
            throw new BusinessRuleException("skp.approachRequired");
        }
        this.approach = newApproach;
    }

    public WorkResult addResult(long actorId, WorkResultLine line) {
        requireOwnerEditing(actorId);
        return addResultUnchecked(line);
    }

    /**
     * Cascading from the superior's matrix writes into a subordinate's draft: allowed while the SKP is
     * still editable; the employee sees and may change what was put there.
     */
    public WorkResult cascade(WorkResultLine line) {
        requireEditable();
        return addResultUnchecked(line);
    }

    private WorkResult addResultUnchecked(WorkResultLine line) {
        int next = results.stream().mapToInt(WorkResult::getPosition).max().orElse(-1) + 1;
        WorkResult result = new WorkResult(this, next, line);
        results.add(result);
        return result;
    }

    public void updateResult(long actorId, long resultId, WorkResultLine line) {
        requireOwnerEditing(actorId);
        result(resultId).update(line);
    }

    /** Cascading updates the text of a result it created earlier (same supported indicator). */
    public void cascadeUpdate(WorkResult result, WorkResultLine line) {
        requireEditable();
        result.update(line);
    }

    public void removeResult(long actorId, long resultId) {
        requireOwnerEditing(actorId);
        results.remove(result(resultId));
    }

    /** Links a drafted result to the superior's indicator or result once it exists ("belum terhubung" until then). */
    public void linkResult(long actorId, long resultId, Long indicatorId, Long superiorResultId, String supportsText) {
        requireOwnerEditing(actorId);
        result(resultId).link(indicatorId, superiorResultId, supportsText);
    }

    /**
     * Names the team target a result serves, or none. Only the owner does it, at any time before the SKP is closed:
     * a team may be formed after the SKP was approved, and the link is not part of the signed SKP's content. The
     * caller checks the target with {@code TeamTarget#servableBy}.
     */
    public void serveTeamTarget(long actorId, long resultId, Long teamTargetId) {
        if (actorId != employeeId) {
            throw new AccessDeniedException("skp.edit");
        }
        if (state == SkpState.CLOSED) {
            throw new BusinessRuleException("skp.notEditable", state);
        }
        result(resultId).serveTeamTarget(teamTargetId);
    }

    /**
     * The appraiser's specific expectation per BerAKHLAK value ("Ekspektasi Khusus Pimpinan" of the SKP form,
     * PermenPANRB 6/2022 Lampiran): the superior states what he expects of the employee's behaviour, so only the
     * appraiser writes it, never the employee; written while the SKP is drafted, returned or awaiting approval.
     */
    public void expectBehaviour(long actorId, Map<String, String> expectations) {
        if (appraiserId == null || actorId != appraiserId) {
            throw new AccessDeniedException("skp.edit");
        }
        if (!state.isEditable() && state != SkpState.SUBMITTED) {
            throw new BusinessRuleException("skp.notEditable", state);
        }
        for (BehaviourExpectation b : behaviours) {
            if (expectations.containsKey(b.getValueCode())) {
                b.expect(expectations.get(b.getValueCode()));
            }
        }
    }

    public void replaceAnnex(long actorId, AnnexKind kind, List<String> lines) {
        requireOwnerEditing(actorId);
        annex.removeIf(a -> a.getKind() == kind);
        int i = 0;
        for (String line : lines) {
            String text = PerformanceAgreement.clean(line);
            if (text != null) {
                annex.add(new AnnexItem(this, kind, i++, text));
            }
        }
    }

    // ---- workflow

    /**
     * The owner submits to the appraiser. At least one UTAMA result; in the non-JPT form every UTAMA
     * result must name the superior's result it supports (PermenPANRB 6/2022 Lampiran "Cascading": an SKP result of a team
     * lead or JF must name the superior's result it supports). Drafting unlinked results is allowed.
     */
    public void submit(long actorId) {
        SkpState next = CHAIN.take("skp.submit", state, actorsOf(actorId), StepFacts.none()).to();
        if (appraiserId == null) {
            throw new BusinessRuleException("skp.noAppraiser");
        }
        if (results.stream().noneMatch(r -> r.getCategory() == ResultCategory.UTAMA)) {
            throw new BusinessRuleException("skp.noMainResult");
        }
        if (form == SkpForm.NON_JPT) {
            List<String> unlinked = results.stream()
                    .filter(r -> r.getCategory() == ResultCategory.UTAMA && !r.isLinked())
                    .map(WorkResult::getText).toList();
            if (!unlinked.isEmpty()) {
                throw new BusinessRuleException("skp.unlinkedMainResults", String.join("; ", unlinked));
            }
        }
        this.state = next;
        this.submittedAt = OffsetDateTime.now();
    }

    /**
     * The appraiser approves. Where the government's policy requires it, a PLANNING performance
     * dialogue about this SKP must have been recorded first (PS Lampiran I huruf A angka 2 and B.2:
     * the dialog kinerja precedes the SKP; KL Lampiran 2.r).
     */
    public void approve(long actorId, PolicyProfile policy, boolean planningDialogueRecorded) {
        Set<Requirement> met = planningDialogueRecorded ? Set.of(Requirement.PLANNING_DIALOGUE) : Set.of();
        Set<Requirement> required = policy.isRequirePlanningDialogue() ? Set.of(Requirement.PLANNING_DIALOGUE) : Set.of();
        this.state = CHAIN.take("skp.approve", state, actorsOf(actorId), new StepFacts(null, met, required)).to();
        this.approvedAt = OffsetDateTime.now();
    }

    /** The appraiser returns it with notes; the owner fixes and resubmits. */
    public void returnForRevision(long actorId, String notes) {
        StepFacts facts = StepFacts.because(notes);
        this.state = CHAIN.take("skp.return", state, actorsOf(actorId), facts).to();
        this.returnNotes = facts.reason();
    }

    /**
     * Part-year SKP (PermenPANRB 6/2022 Lampiran "Part-year SKP and transfers"): when the position or appraiser changes,
     * the running SKP closes on the last day before the change and is kept; a new one starts.
     */
    public void closeAt(LocalDate lastDay) {
        SkpState next = CHAIN.take("skp.close", state, Set.of(Actor.SYSTEM), StepFacts.none()).to();
        if (lastDay.isBefore(periodStart)) {
            throw new BusinessRuleException("skp.closeBeforeStart", lastDay, periodStart);
        }
        this.periodEnd = lastDay;
        this.state = next;
    }

    /** How an employee stands to this SKP: its owner, its appraiser, or neither. */
    public Set<Actor> actorsOf(long employeeId) {
        Set<Actor> parties = new HashSet<>();
        if (employeeId == this.employeeId) {
            parties.add(Actor.OWNER);
        }
        if (appraiserId != null && employeeId == appraiserId) {
            parties.add(Actor.APPRAISER);
        }
        return parties;
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.SKP;
    }

    @Override
    public Chain<SkpState> chain() {
        return CHAIN;
    }

    @Override
    public Optional<Long> holderOf(Actor party) {
        if (party.equals(Actor.OWNER)) {
            return Optional.of(employeeId);
        }
        return party.equals(Actor.APPRAISER) ? Optional.ofNullable(appraiserId) : Optional.empty();
    }

    /** Whether this SKP no longer fits the person's situation: another appraiser is derived now. */
    public boolean isOutdatedBy(Long currentAppraiserId) {
        return state != SkpState.CLOSED && !java.util.Objects.equals(appraiserId, currentAppraiserId);
    }

    public boolean isEditableBy(long actorId) {
        return actorId == employeeId && state.isEditable();
    }

    private void requireOwnerEditing(long actorId) {
        if (actorId != employeeId) {
            throw new AccessDeniedException("skp.edit");
        }
        requireEditable();
    }

    private void requireEditable() {
        if (!state.isEditable()) {
            throw new BusinessRuleException("skp.notEditable", state);
        }
    }

    private WorkResult result(long resultId) {
        return results.stream().filter(r -> r.getId() != null && r.getId() == resultId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("skp.resultNotFound"));
    }

    public Optional<WorkResult> resultSupporting(long indicatorId) {
        return results.stream().filter(r -> Long.valueOf(indicatorId).equals(r.getSupportedIndicatorId())).findFirst();
    }

    public String title() {
        return "SKP " + year + " — " + employeeName;
    }

    public long getGovernmentId() {
        return governmentId;
    }

    public long getEmployeeId() {
        return employeeId;
    }

    public Long getAppraiserId() {
        return appraiserId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public SkpForm getForm() {
        return form;
    }

    public Approach getApproach() {
        return approach;
    }

    public SkpState getState() {
        return state;
    }

    public Party getEmployee() {
        return new Party(employeeName, employeeNip, employeeRank, employeePosition, employeeUnit);
    }

    public Party getAppraiser() {
        return new Party(appraiserName, appraiserNip, appraiserRank, appraiserPosition, appraiserUnit);
    }

    public String getReturnNotes() {
        return returnNotes;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public OffsetDateTime getApprovedAt() {
        return approvedAt;
    }

    public List<WorkResult> getResults() {
        return Collections.unmodifiableList(results);
    }

    public List<BehaviourExpectation> getBehaviours() {
        return Collections.unmodifiableList(behaviours);
    }

    public List<AnnexItem> getAnnex() {
        return Collections.unmodifiableList(annex);
    }
}
