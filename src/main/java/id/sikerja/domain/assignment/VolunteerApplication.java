package id.sikerja.domain.assignment;

import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.policy.VolunteerRoute;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.workflow.Chain;
import id.sikerja.domain.workflow.SequenceState;
import id.sikerja.domain.workflow.SequencedSubject;
import id.sikerja.domain.workflow.StepSequence;
import id.sikerja.domain.workflow.SubjectType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
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
public class VolunteerApplication extends SequencedSubject {

    /** Each step is taken by the head named for it; after the last approval the application is granted. */
    public static final Chain<SequenceState> CHAIN = StepSequence.chain("volunteer", "volunteer.closed");

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
     * @param route             the government's policy: who approves across units, in which order
     */
    public VolunteerApplication(Employee employee, OrgUnit ownUnit, OrgUnit targetUnit, WorkNeed need,
                                boolean needsAnnouncement, VolunteerRoute route, String offer, List<String> tasks,
                                LocalDate startDate, LocalDate endDate) {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(ownUnit, "ownUnit");
        OrgUnit target = need != null ? need.getUnit() : targetUnit == null ? ownUnit : targetUnit;
        this.scope = AssignmentScope.between(ownUnit, target);
        this.sequence = new StepSequence(chainFor(scope, route));
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
     * The steps of a voluntary application: within the unit the head approves (KU Lampiran I huruf B huruf b;
     * KL Lampiran B.2.q.2) huruf a); PS Lampiran I huruf B angka 2); across units as the government's route
     * says (see {@link VolunteerRoute}). Only within one government.
     */
    public static List<VolunteerStep> chainFor(AssignmentScope scope, VolunteerRoute route) {
        return switch (scope) {
            case WITHIN_UNIT -> List.of(VolunteerStep.HEAD_APPROVAL);
            case CROSS_UNIT, CROSS_DEPARTMENT -> switch (route) {
                case OWN_RECOMMENDATION_FIRST -> List.of(VolunteerStep.OWN_RECOMMENDATION,
                        VolunteerStep.TARGET_APPROVAL, VolunteerStep.OWN_APPROVAL);
                case TARGET_FIRST -> List.of(VolunteerStep.TARGET_APPROVAL, VolunteerStep.OWN_APPROVAL);
                case OWN_HEAD_ANSWERS_PARTNER -> List.of(VolunteerStep.OWN_APPROVAL);
            };
            case CROSS_GOVERNMENT -> throw new BusinessRuleException("volunteer.otherGovernment");
        };
    }

    public List<VolunteerStep> steps() {
        return sequence.stepNames().stream().map(VolunteerStep::valueOf).toList();
    }

    public VolunteerStep currentStep() {
        String step = sequence.current();
        return step == null ? null : VolunteerStep.valueOf(step);
    }

    public void awaiting(Long employeeId) {
        if (employeeId != null && employeeId.equals(employee.getId())) {
            throw new BusinessRuleException("volunteer.ownApproval");
        }
        sequence.awaiting(employeeId);
    }

    /** The named person approves the current step; returns it. After the last step the application is granted. */
    public VolunteerStep approve(long actorId) {
        return VolunteerStep.valueOf(sequence.approve(CHAIN, actorId));
    }

    /** The named person refuses with a written reason (KU Lampiran I B.b: "penolakan disertai alasan"). */
    public VolunteerStep refuse(long actorId, String reason) {
        return VolunteerStep.valueOf(sequence.refuse(CHAIN, actorId, reason));
    }

    public void granted(long assignment) {
        if (sequence.getState() != SequenceState.COMPLETED) {
            throw new IllegalStateException("not granted yet");
        }
        this.assignmentId = assignment;
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.VOLUNTEER;
    }

    @Override
    public long getGovernmentId() {
        return government.getId();
    }

    @Override
    public Chain<SequenceState> chain() {
        return CHAIN;
    }

    @Override
    protected Long ownerId() {
        return employee.getId();
    }

    @Override
    public String title() {
        return employee.getName() + " → " + targetUnit.getName();
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

    public SecondmentStatus getStatus() {
        return SecondmentStatus.valueOf(sequence.getState().name());
    }

    public VolunteerStep getRefusedStep() {
        return sequence.getRefusedStep() == null ? null : VolunteerStep.valueOf(sequence.getRefusedStep());
    }

    public Long getAssignmentId() {
        return assignmentId;
    }
}
