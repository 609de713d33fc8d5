package id.sikerja.domain.assignment;

import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.policy.AppointmentRoute;
import id.sikerja.domain.policy.LetterSigner;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A piece of work given to one employee (penugasan), fixed in writing by its assignment letter
 * (KU Pasal 11 ayat (5); JB Pasal 23; PS Lampiran II). One person may hold several assignments,
 * routine or incidental (KU Lampiran I B.f). The letter is issued — numbered and dated — only when
 * the signer the government's policy names has signed it.
 */
@Entity
@Table(name = "assignment")
public class Assignment extends BaseEntity implements WorkflowSubject<AssignmentStatus> {

    /**
     * An assignment's letter waits for the signer named when it was made, who signs it (it gets its number
     * and date, PS Lampiran II) or refuses it with a written reason (KU Lampiran I B.a.2)d)). Where the
     * government's {@link AppointmentRoute} makes the appointment a proposal (usulan), the official who must
     * accept it ({@link Actor#APPROVER}: the Pejabat Penilai Kinerja in KU Lampiran I huruf B huruf d and JB
     * Lampiran II huruf B angka 2 huruf d; the Pejabat Pemilik Kinerja in KL Lampiran huruf B angka 2 huruf q
     * angka 1)) accepts it first, or refuses it with a written reason, before the letter goes to signature.
     */
    public static final Chain<AssignmentStatus> CHAIN = Chain.named("assignment", AssignmentStatus.class)
            .step(Transition.<AssignmentStatus>of("assignment.accept").from(AssignmentStatus.PROPOSED)
                    .to(AssignmentStatus.AWAITING_SIGNATURE).by(Actor.APPROVER).wrongState("assignment.notProposed")
                    .othersRefused("assignment.notTheAcceptor"))
            .step(Transition.<AssignmentStatus>of("assignment.decline").from(AssignmentStatus.PROPOSED)
                    .to(AssignmentStatus.REFUSED).by(Actor.APPROVER)
                    .requires(Requirement.REASON, "assignment.reasonRequired")
                    .wrongState("assignment.notProposed").othersRefused("assignment.notTheAcceptor"))
            .step(Transition.<AssignmentStatus>of("assignment.sign").from(AssignmentStatus.AWAITING_SIGNATURE)
                    .to(AssignmentStatus.ISSUED).by(Actor.NAMED).wrongState("assignment.notAwaitingSignature")
                    .othersRefused("assignment.notTheSigner"))
            .step(Transition.<AssignmentStatus>of("assignment.refuse").from(AssignmentStatus.AWAITING_SIGNATURE)
                    .to(AssignmentStatus.REFUSED).by(Actor.NAMED)
                    .requires(Requirement.REASON, "assignment.reasonRequired")
                    .wrongState("assignment.notAwaitingSignature").othersRefused("assignment.notTheSigner"))
            .waiting(AssignmentStatus.PROPOSED, Actor.APPROVER, "assignment.accept")
            .waiting(AssignmentStatus.AWAITING_SIGNATURE, Actor.NAMED, "assignment.sign")
            .build();


    static final int MAX_TASKS = 30;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "government_id")
    private Government government;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    /** The unit that owns the work (the person may sit elsewhere: cross-unit, cross-department). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_unit_id")
    private OrgUnit ownerUnit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "appointed_by_id")
    private Employee appointedBy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "signer_id")
    private Employee signer;

    /**
     * Where the appointment is a proposal (usulan): the official who accepts it (see {@link #CHAIN}); null for a
     * direct appointment.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposed_to_id")
    private Employee proposedTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssignmentRole role;

    @Column(name = "role_detail")
    private String roleDetail;

    /** Task descriptions, one per line (PS Lampiran II "uraian tugas"). */
    @Column(nullable = false, columnDefinition = "text")
    private String tasks;

    @Column(nullable = false)
    private boolean routine;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "legal_basis", nullable = false, columnDefinition = "text")
    private String legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssignmentMode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssignmentScope scope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssignmentStatus status = AssignmentStatus.AWAITING_SIGNATURE;

    @Enumerated(EnumType.STRING)
    @Column(name = "letter_kind", nullable = false)
    private LetterSigner letterKind;

    @Column(name = "letter_number")
    private String letterNumber;

    @Column(name = "letter_date")
    private LocalDate letterDate;

    /** Tembusan, one per line. */
    @Column(columnDefinition = "text")
    private String copies;

    /** A work team of the teams module; plain id until the lead adds the foreign key at merge. */
    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "secondment_id")
    private Long secondmentId;

    @Column(name = "volunteer_id")
    private Long volunteerId;

    @Column(name = "refusal_reason", columnDefinition = "text")
    private String refusalReason;

    protected Assignment() {
    }

    /**
     * A new assignment, waiting for its signer. Refuses incomplete content: the letter must carry a
     * role, at least one task, a start date and a legal basis (PS Lampiran II; KU Pasal 11 ayat (5)).
     */
    public Assignment(Employee employee, OrgUnit ownerUnit, Employee appointedBy, Employee signer, LetterSigner letterKind,
                      AssignmentMode mode, AssignmentRole role, String roleDetail, List<String> tasks, boolean routine,
                      LocalDate startDate, LocalDate endDate, String legalBasis, List<String> copies, Long teamId) {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(ownerUnit, "ownerUnit");
        Objects.requireNonNull(appointedBy, "appointedBy");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(letterKind, "letterKind");
        Objects.requireNonNull(mode, "mode");
        if (role == null) {
            throw new BusinessRuleException("assignment.roleRequired");
        }
        String detail = roleDetail == null || roleDetail.isBlank() ? null : roleDetail.strip();
        if (role.needsDetail() && detail == null) {
            throw new BusinessRuleException("assignment.roleDetailRequired");
        }
        List<String> cleanTasks = clean(tasks);
        if (cleanTasks.isEmpty()) {
            throw new BusinessRuleException("assignment.tasksRequired");
        }
        if (cleanTasks.size() > MAX_TASKS) {
            throw new BusinessRuleException("assignment.tooManyTasks", MAX_TASKS);
        }
        if (startDate == null) {
            throw new BusinessRuleException("assignment.startRequired");
        }
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new BusinessRuleException("assignment.endBeforeStart");
        }
        if (legalBasis == null || legalBasis.isBlank()) {
            throw new BusinessRuleException("assignment.legalBasisRequired");
        }
        this.government = employee.getGovernment();
        this.employee = employee;
        this.ownerUnit = ownerUnit;
        this.appointedBy = appointedBy;
        this.signer = signer;
        this.letterKind = letterKind;
        this.mode = mode;
        this.role = role;
        this.roleDetail = detail;
        this.tasks = String.join("\n", cleanTasks);
        this.routine = routine;
        this.startDate = startDate;
        this.endDate = endDate;
        this.legalBasis = legalBasis.strip();
        this.copies = String.join("\n", clean(copies));
        this.teamId = teamId;
        this.scope = employee.placementOn(startDate).or(() -> employee.placementOn(LocalDate.now()))
                .map(p -> AssignmentScope.between(ownerUnit, p.getPosition().getUnit()))
                .orElse(AssignmentScope.WITHIN_UNIT);
    }

    /**
     * The unit whose head signs the letter of work owned by {@code ownerUnit}: the owner unit's head where the
     * policy says {@link LetterSigner#UNIT_HEAD}, otherwise the head of the Perangkat Daerah — by decree (KU
     * Pasal 11 ayat (5)), by Surat Perintah Tugas (JB Pasal 23), as Pemilik Kinerja (KL Pasal 1 angka 20) or
     * as Pimpinan Unit Organisasi (PS Lampiran II).
     */
    public static OrgUnit signingUnit(LetterSigner policy, OrgUnit ownerUnit) {
        if (policy == LetterSigner.UNIT_HEAD) {
            return ownerUnit;
        }
        OrgUnit u = ownerUnit;
        while (u.getParent() != null) {
            u = u.getParent();
        }
        return u;
    }

    /**
     * Who may appoint (penunjukan) or propose an appointment: the appraiser (Pejabat Penilai Kinerja) or the
     * unit head of the unit the person sits in or above it (KU Pasal 11 ayat (2); KL Lampiran huruf B angka 2
     * huruf q angka 1)), and the Kepala Daerah where the government's policy gives him direct appointment
     * ({@code regionalHeadAppoints}: KU Pasal 11 ayat (3) only).
     */
    public static void requireAppointer(boolean headsPersonsUnit, boolean appraisesPerson,
                                        boolean regionalHeadAppoints) {
        if (!headsPersonsUnit && !appraisesPerson && !regionalHeadAppoints) {
            throw new BusinessRuleException("assignment.notYourPerson");
        }
    }

    /** The short code of the letter kind in its number (e.g. 800/012/ST/...). */
    public static String letterCode(LetterSigner kind) {
        return switch (kind) {
            case DEPARTMENT_HEAD_DECREE -> "SK";
            case DEPARTMENT_HEAD_ORDER -> "SPT";
            case PERFORMANCE_OWNER, UNIT_HEAD -> "ST";
        };
    }

    /**
     * The signer issues the letter: from now on it has a number and a date (PS Lampiran II). Only the
     * signer named when the assignment was made may sign, and only once.
     */
    public void sign(long signerEmployeeId, String number, LocalDate date) {
        AssignmentStatus next = CHAIN.take("assignment.sign", status, actorsOf(signerEmployeeId), StepFacts.none()).to();
        if (number == null || number.isBlank() || date == null) {
            throw new IllegalArgumentException("a letter needs a number and a date");
        }
        this.letterNumber = number;
        this.letterDate = date;
        this.status = next;
    }

    /**
     * Makes a new assignment a proposal (usulan) that {@code acceptor} accepts before the letter goes to
     * signature (see {@link AppointmentRoute#acceptor}). Only before anything has happened to it.
     */
    public Assignment proposeTo(Employee acceptor) {
        Objects.requireNonNull(acceptor, "acceptor");
        if (getId() != null || status != AssignmentStatus.AWAITING_SIGNATURE) {
            throw new IllegalStateException("only a new assignment becomes a proposal");
        }
        this.proposedTo = acceptor;
        this.status = AssignmentStatus.PROPOSED;
        return this;
    }

    /** The official the proposal was made to accepts it: the letter now waits for its signer. */
    public void accept(long acceptorEmployeeId) {
        this.status = CHAIN.take("assignment.accept", status, actorsOf(acceptorEmployeeId), StepFacts.none()).to();
    }

    /** The official the proposal was made to refuses it, with a written reason; nothing goes to signature. */
    public void decline(long acceptorEmployeeId, String reason) {
        StepFacts facts = StepFacts.because(reason);
        this.status = CHAIN.take("assignment.decline", status, actorsOf(acceptorEmployeeId), facts).to();
        this.refusalReason = facts.reason();
    }

    /** The signer refuses to sign; the refusal carries a written reason and ends the assignment. */
    public void refuse(long signerEmployeeId, String reason) {
        StepFacts facts = StepFacts.because(reason);
        this.status = CHAIN.take("assignment.refuse", status, actorsOf(signerEmployeeId), facts).to();
        this.refusalReason = facts.reason();
    }

    /**
     * How an employee stands to this assignment: the assigned person (owner), the named signer, or the official
     * a proposal was made to (approver).
     */
    public Set<Actor> actorsOf(long employeeId) {
        Set<Actor> actors = new java.util.HashSet<>();
        if (proposedTo != null && Objects.equals(proposedTo.getId(), employeeId)) {
            actors.add(Actor.APPROVER);
        }
        if (Objects.equals(employee.getId(), employeeId)) {
            actors.add(Actor.OWNER);
        }
        if (Objects.equals(signer.getId(), employeeId)) {
            actors.add(Actor.NAMED);
        }
        return actors;
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.ASSIGNMENT;
    }

    @Override
    public long getGovernmentId() {
        return government.getId();
    }

    @Override
    public AssignmentStatus getState() {
        return status;
    }

    @Override
    public Chain<AssignmentStatus> chain() {
        return CHAIN;
    }

    @Override
    public String title() {
        return employee.getName() + " — " + getTasksTitle();
    }

    @Override
    public Optional<Long> holderOf(Actor actor) {
        if (actor.equals(Actor.NAMED)) {
            return Optional.ofNullable(signer.getId());
        }
        if (actor.equals(Actor.APPROVER)) {
            return Optional.ofNullable(proposedTo).map(Employee::getId);
        }
        return actor.equals(Actor.OWNER) ? Optional.ofNullable(employee.getId()) : Optional.empty();
    }

    /** Links the assignment to the secondment request or voluntary application it came from. */
    public Assignment from(Long secondment, Long volunteer) {
        this.secondmentId = secondment;
        this.volunteerId = volunteer;
        return this;
    }

    static List<String> clean(List<String> lines) {
        if (lines == null) {
            return List.of();
        }
        return lines.stream().filter(Objects::nonNull).flatMap(s -> Arrays.stream(s.split("\\R")))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The first task, shortened, to name the assignment in lists and inboxes. */
    public String getTasksTitle() {
        String first = taskList().get(0);
        return first.length() > 80 ? first.substring(0, 77) + "..." : first;
    }

    public List<String> taskList() {
        return clean(List.of(tasks));
    }

    public List<String> copyList() {
        return copies == null ? List.of() : clean(List.of(copies));
    }

    public boolean isActiveOn(LocalDate date) {
        return status == AssignmentStatus.ISSUED && !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }

    public Government getGovernment() {
        return government;
    }

    public Employee getEmployee() {
        return employee;
    }

    public OrgUnit getOwnerUnit() {
        return ownerUnit;
    }

    public Employee getAppointedBy() {
        return appointedBy;
    }

    public Employee getSigner() {
        return signer;
    }

    /** The official a proposal was made to, or empty for a direct appointment. */
    public Optional<Employee> getProposedTo() {
        return Optional.ofNullable(proposedTo);
    }

    public AssignmentRole getRole() {
        return role;
    }

    public String getRoleDetail() {
        return roleDetail;
    }

    public boolean isRoutine() {
        return routine;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public AssignmentMode getMode() {
        return mode;
    }

    public AssignmentScope getScope() {
        return scope;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public LetterSigner getLetterKind() {
        return letterKind;
    }

    public String getLetterNumber() {
        return letterNumber;
    }

    public LocalDate getLetterDate() {
        return letterDate;
    }

    public Long getTeamId() {
        return teamId;
    }

    public Long getSecondmentId() {
        return secondmentId;
    }

    public Long getVolunteerId() {
        return volunteerId;
    }

    public String getRefusalReason() {
        return refusalReason;
    }
}
