package id.sikerja.domain.assignment;

import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.shared.BaseEntity;
import id.sikerja.domain.shared.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An employee's voluntary application for work (pengajuan sukarela, KU Pasal 11 ayat (4)): within the own
 * unit the head approves; across units the own appraiser/head recommends, the target head approves, and
 * the own appraiser/head approves and signs the letter (KU Lampiran I B.b; PS Lampiran I B; KL Lampiran
 * 2.q.2)). Each step is taken by one named person; a refusal is written with a reason and ends it.
 */
@Entity
@Table(name = "volunteer_application")
public class VolunteerApplication extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "government_id")
    private Government government;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "own_unit_id")
    private OrgUnit ownUnit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_unit_id")
    private OrgUnit targetUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "need_id")
    private WorkNeed need;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssignmentScope scope;

    /** What the employee offers to do and why (competence, skills). */
    @Column(nullable = false, columnDefinition = "text")
    private String offer;

    @Column(nullable = false, columnDefinition = "text")
    private String tasks;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(nullable = false)
    private String steps;

    @Column(name = "step_index", nullable = false)
    private int stepIndex;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SecondmentStatus status = SecondmentStatus.IN_PROGRESS;

    @Column(name = "awaiting_id")
    private Long awaitingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "refused_step")
    private VolunteerStep refusedStep;

    @Column(name = "refusal_reason", columnDefinition = "text")
    private String refusalReason;

    @Column(name = "assignment_id")
    private Long assignmentId;

    protected VolunteerApplication() {
    }

    /**
     * A new application of {@code employee}, placed in {@code ownUnit}, for work in {@code targetUnit}
     * (their own unit's subtree, or another unit of the same government).
     *
     * @param needsAnnouncement the government's policy: within the unit an application answers a need the
     *                          head announced (KL Lampiran 2.q.2))
     */
    public VolunteerApplication(Employee employee, OrgUnit ownUnit, OrgUnit targetUnit, WorkNeed need,
                                boolean needsAnnouncement, String offer, List<String> tasks, LocalDate startDate,
                                LocalDate endDate) {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(ownUnit, "ownUnit");
        OrgUnit target = need != null ? need.getUnit() : targetUnit == null ? ownUnit : targetUnit;
        this.scope = AssignmentScope.between(ownUnit, target);
        this.steps = String.join(",", chainFor(scope).stream().map(Enum::name).toList());
        if (need != null && !need.isOpenOn(LocalDate.now())) {
            throw new BusinessRuleException("volunteer.needClosed");
        }
        if (scope == AssignmentScope.WITHIN_UNIT && needsAnnouncement && need == null) {
            throw new BusinessRuleException("volunteer.needRequired");
        }
        if (offer == null || offer.isBlank()) {
            throw new BusinessRuleException("volunteer.offerRequired");
        }
        List<String> cleanTasks = Assignment.clean(tasks);
        if (cleanTasks.isEmpty()) {
            throw new BusinessRuleException("assignment.tasksRequired");
        }
        if (startDate == null) {
            throw new BusinessRuleException("assignment.startRequired");
        }
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new BusinessRuleException("assignment.endBeforeStart");
        }
        this.government = employee.getGovernment();
        this.employee = employee;
        this.ownUnit = ownUnit;
        this.targetUnit = target;
        this.need = need;
        this.offer = offer.strip();
        this.tasks = String.join("\n", cleanTasks);
        this.startDate = startDate;
        this.endDate = endDate;
    }

    /**
     * The steps of a voluntary application: within the unit the head approves; across units the own
     * appraiser/head recommends, the target head approves, the own appraiser/head approves and signs
     * (KU Lampiran I B.b; PS Lampiran I B; KL Lampiran 2.q.2)). Only within one government.
     */
    public static List<VolunteerStep> chainFor(AssignmentScope scope) {
        return switch (scope) {
            case WITHIN_UNIT -> List.of(VolunteerStep.HEAD_APPROVAL);
            case CROSS_UNIT, CROSS_DEPARTMENT -> List.of(VolunteerStep.OWN_RECOMMENDATION,
                    VolunteerStep.TARGET_APPROVAL, VolunteerStep.OWN_APPROVAL);
            case CROSS_GOVERNMENT -> throw new BusinessRuleException("volunteer.otherGovernment");
        };
    }

    public List<VolunteerStep> chain() {
        return Arrays.stream(steps.split(",")).map(VolunteerStep::valueOf).toList();
    }

    public VolunteerStep currentStep() {
        return status == SecondmentStatus.IN_PROGRESS ? chain().get(stepIndex) : null;
    }

    public void awaiting(Long employeeId) {
        if (employeeId == null) {
            throw new BusinessRuleException("secondment.noActor", currentStep());
        }
        if (employeeId.equals(employee.getId())) {
            throw new BusinessRuleException("volunteer.ownApproval");
        }
        this.awaitingId = employeeId;
    }

    /** The named person approves the current step; returns it. After the last step the application is granted. */
    public VolunteerStep approve(long actorId) {
        requireActor(actorId);
        VolunteerStep step = currentStep();
        stepIndex++;
        awaitingId = null;
        if (stepIndex >= chain().size()) {
            status = SecondmentStatus.COMPLETED;
        }
        return step;
    }

    /** The named person refuses with a written reason (KU Lampiran I B.b: "penolakan disertai alasan"). */
    public VolunteerStep refuse(long actorId, String reason) {
        requireActor(actorId);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("assignment.reasonRequired");
        }
        VolunteerStep step = currentStep();
        refusedStep = step;
        refusalReason = reason.strip();
        status = SecondmentStatus.REFUSED;
        awaitingId = null;
        return step;
    }

    public void granted(long assignment) {
        if (status != SecondmentStatus.COMPLETED) {
            throw new IllegalStateException("not granted yet");
        }
        this.assignmentId = assignment;
    }

    private void requireActor(long actorId) {
        if (status != SecondmentStatus.IN_PROGRESS) {
            throw new BusinessRuleException("volunteer.closed");
        }
        if (awaitingId == null || awaitingId != actorId) {
            throw new BusinessRuleException("secondment.notYourStep");
        }
    }

    public List<String> taskList() {
        return Assignment.clean(List.of(tasks));
    }

    public Government getGovernment() {
        return government;
    }

    public Employee getEmployee() {
        return employee;
    }

    public OrgUnit getOwnUnit() {
        return ownUnit;
    }

    public OrgUnit getTargetUnit() {
        return targetUnit;
    }

    public WorkNeed getNeed() {
        return need;
    }

    public AssignmentScope getScope() {
        return scope;
    }

    public String getOffer() {
        return offer;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public int getStepIndex() {
        return stepIndex;
    }

    public SecondmentStatus getStatus() {
        return status;
    }

    public Long getAwaitingId() {
        return awaitingId;
    }

    public VolunteerStep getRefusedStep() {
        return refusedStep;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public Long getAssignmentId() {
        return assignmentId;
    }
}
