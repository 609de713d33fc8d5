package id.sikerja.domain.assignment;

import id.sikerja.domain.organisation.Employee;
import id.sikerja.domain.organisation.Government;
import id.sikerja.domain.organisation.OrgUnit;
import id.sikerja.domain.policy.CrossDepartmentApproval;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.domain.workflow.Chain;
import id.sikerja.domain.workflow.SequenceState;
import id.sikerja.domain.workflow.SequencedSubject;
import id.sikerja.domain.workflow.StepFacts;
import id.sikerja.domain.workflow.StepSequence;
import id.sikerja.domain.workflow.SubjectType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A request to involve functional staff or pelaksana of another unit or department (surat permohonan
 * pelibatan, KU Lampiran I B.a.2)-3)). It walks a chain of steps taken from the government's policy;
 * each step is taken by one named person, who approves or refuses with a reason (a refusal ends the
 * chain); the last step names the people, whose assignments follow.
 */
@Entity
@Table(name = "secondment_request")
public class SecondmentRequest extends SequencedSubject {

    /** Each step is taken by the official named for it; the target side ends the last one by naming people. */
    public static final Chain<SequenceState> CHAIN = StepSequence.chain("secondment", "secondment.closed");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "government_id")
    private Government government;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssignmentScope scope;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requesting_unit_id")
    private OrgUnit requestingUnit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requester_id")
    private Employee requester;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_unit_id")
    private OrgUnit targetUnit;

    @Column(nullable = false, columnDefinition = "text")
    private String purpose;

    @Column(nullable = false, columnDefinition = "text")
    private String competences;

    @Column(name = "expected_targets", nullable = false, columnDefinition = "text")
    private String expectedTargets;

    @Column(nullable = false)
    private String duration;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(nullable = false)
    private int headcount;

    @Column(name = "request_number")
    private String requestNumber;

    @Column(name = "request_date")
    private LocalDate requestDate;

    @Column(name = "request_signer_id")
    private Long requestSignerId;

    @Column(name = "recommendation_number")
    private String recommendationNumber;

    @Column(name = "recommendation_date")
    private LocalDate recommendationDate;

    @Column(name = "recommender_id")
    private Long recommenderId;

    @Column(name = "answer_number")
    private String answerNumber;

    @Column(name = "answer_date")
    private LocalDate answerDate;

    @Column(name = "answer_signer_id")
    private Long answerSignerId;

    /** The people the target side named, waiting for its authority's approval where the chain has one. */
    @ManyToMany
    @JoinTable(name = "secondment_nominee", joinColumns = @JoinColumn(name = "secondment_id"),
            inverseJoinColumns = @JoinColumn(name = "employee_id"))
    @OrderColumn(name = "position")
    private List<Employee> nominees = new ArrayList<>();

    @Column(name = "nominated_by_id")
    private Long nominatedById;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominated_role")
    private AssignmentRole nominatedRole;

    @Column(name = "nominated_role_detail")
    private String nominatedRoleDetail;

    @Column(name = "nominated_tasks", columnDefinition = "text")
    private String nominatedTasks;

    /** The target side's written answer to a refusal (KU Lampiran I B.a.2)d), B.a.3)c)). */
    @Column(name = "refusal_answer", columnDefinition = "text")
    private String refusalAnswer;

    protected SecondmentRequest() {
    }

    /**
     * A request from the head of {@code requestingUnit} for people of {@code targetUnit}. It must state at
     * least purpose, competences needed, expected targets and duration (KU Lampiran I B.a, "paling sedikit
     * memuat" 1)-4); KL Lampiran 2.q.1)).
     */
    public SecondmentRequest(OrgUnit requestingUnit, Employee requester, OrgUnit targetUnit,
                             CrossDepartmentApproval policy, String purpose, String competences,
                             String expectedTargets, String duration, LocalDate startDate, LocalDate endDate,
                             int headcount) {
        Objects.requireNonNull(requestingUnit, "requestingUnit");
        Objects.requireNonNull(requester, "requester");
        if (targetUnit == null) {
            throw new BusinessRuleException("secondment.targetRequired");
        }
        if (blank(purpose) || blank(competences) || blank(expectedTargets) || blank(duration)) {
            throw new BusinessRuleException("secondment.contentRequired");
        }
        if (startDate == null) {
            throw new BusinessRuleException("assignment.startRequired");
        }
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new BusinessRuleException("assignment.endBeforeStart");
        }
        if (headcount < 1 || headcount > 50) {
            throw new BusinessRuleException("secondment.headcountInvalid");
        }
        AssignmentScope s = AssignmentScope.between(requestingUnit, targetUnit);
        if (s == AssignmentScope.WITHIN_UNIT) {
            throw new BusinessRuleException("secondment.targetInsideOwnUnit");
        }
        this.government = requestingUnit.getGovernment();
        this.scope = s;
        this.sequence = new StepSequence(chainFor(s, policy));
        this.requestingUnit = requestingUnit;
        this.requester = requester;
        this.targetUnit = targetUnit;
        this.purpose = purpose.strip();
        this.competences = competences.strip();
        this.expectedTargets = expectedTargets.strip();
        this.duration = duration.strip();
        this.startDate = startDate;
        this.endDate = endDate;
        this.headcount = headcount;
    }

    /**
     * The approval chain of a secondment, from the scope and the government's policy.
     * <ul>
     * <li>Cross-unit: the target unit's appraiser/head answers and names people (KU Lampiran I B.a.2)).</li>
     * <li>Cross-department, {@code REGIONAL_HEAD_RECOMMENDATION}: own authority forwards, target authority
     * agrees, the Kepala Daerah recommends, the target side names people, and the target authority approves
     * that answer with its list and signs it (KU Lampiran I B.a.3)a)-e)).</li>
     * <li>{@code BOTH_AUTHORITIES}: the authorities of both sides, the names, and the target authority's signed
     * answer (JB Lampiran II B.2.a, the same steps without the Kepala Daerah).</li>
     * <li>{@code REGIONAL_SECRETARY}: to the Bupati u.p. Sekretaris Daerah, then the names (KL Lampiran 2.q.1)c)).</li>
     * <li>{@code NOT_PROVIDED}: the regulation knows only cross-unit assignment (PS Lampiran I): refused.</li>
     * </ul>
     * Cross-government requests are outside this product's tenant and refused.
     */
    public static List<SecondmentStep> chainFor(AssignmentScope scope, CrossDepartmentApproval policy) {
        return switch (scope) {
            case WITHIN_UNIT -> throw new BusinessRuleException("secondment.targetInsideOwnUnit");
            case CROSS_GOVERNMENT -> throw new BusinessRuleException("secondment.crossGovernmentNotSupported");
            case CROSS_UNIT -> List.of(SecondmentStep.TARGET_NOMINATION);
            case CROSS_DEPARTMENT -> switch (policy) {
                case AS_CROSS_UNIT -> List.of(SecondmentStep.TARGET_NOMINATION);
                case REGIONAL_HEAD_RECOMMENDATION -> List.of(SecondmentStep.OWN_AUTHORITY_FORWARD,
                        SecondmentStep.TARGET_AUTHORITY_APPROVAL, SecondmentStep.REGIONAL_HEAD_RECOMMENDATION,
                        SecondmentStep.TARGET_NOMINATION, SecondmentStep.TARGET_AUTHORITY_ANSWER);
                case BOTH_AUTHORITIES -> List.of(SecondmentStep.OWN_AUTHORITY_FORWARD,
                        SecondmentStep.TARGET_AUTHORITY_APPROVAL, SecondmentStep.TARGET_NOMINATION,
                        SecondmentStep.TARGET_AUTHORITY_ANSWER);
                case REGIONAL_SECRETARY -> List.of(SecondmentStep.REGIONAL_SECRETARY_APPROVAL,
                        SecondmentStep.TARGET_NOMINATION);
                case NOT_PROVIDED -> throw new BusinessRuleException("secondment.crossDepartmentNotProvided");
            };
        };
    }

    public List<SecondmentStep> steps() {
        return sequence.stepNames().stream().map(SecondmentStep::valueOf).toList();
    }

    /** The step waiting to be taken, or null once the chain has ended. */
    public SecondmentStep currentStep() {
        String step = sequence.current();
        return step == null ? null : SecondmentStep.valueOf(step);
    }

    /** Names who takes the current step (the service resolves the person from the step). */
    public void awaiting(Long employeeId) {
        sequence.awaiting(employeeId);
    }

    /**
     * The person named for the current step approves it; the chain moves to the next step (after the target
     * authority's answer, the last, the request is complete). Naming people is {@link #nominate}; answering a
     * refusal needs its reasons ({@link #answerRefusal}).
     */
    public SecondmentStep approve(long actorId) {
        CHAIN.take("secondment.approve", getState(), sequence.actorsOf(actorId), StepFacts.none());
        if (currentStep() == SecondmentStep.TARGET_NOMINATION) {
            throw new BusinessRuleException("secondment.nomineesRequired");
        }
        if (currentStep() == SecondmentStep.TARGET_REFUSAL_ANSWER) {
            throw new BusinessRuleException("secondment.refusalAnswerRequired");
        }
        return SecondmentStep.valueOf(sequence.approve(CHAIN, actorId));
    }

    /**
     * The person named for the current step refuses with a written reason. The chain ends, except where the
     * regulation has the refusal answered by the target side (a refusal of the Kepala Daerah, KU Lampiran I
     * B.a.3)c)): then that answer is the next step. At the target authority's answer step a refusal ends the
     * request; {@link #returnAnswer} sends the list back instead.
     */
    public SecondmentStep refuse(long actorId, String reason) {
        SecondmentStep step = currentStep();
        SecondmentStep answer = step == null ? null : step.refusalAnsweredBy();
        if (answer != null) {
            return SecondmentStep.valueOf(sequence.refuseAnsweredBy(CHAIN, actorId, reason, answer));
        }
        if (step == SecondmentStep.TARGET_REFUSAL_ANSWER) {
            return answerRefusal(actorId, reason);
        }
        SecondmentStep refused = SecondmentStep.valueOf(sequence.refuse(CHAIN, actorId, reason));
        if (refused.targetSide()) {
            this.refusalAnswer = getRefusalReason();
        }
        return refused;
    }

    /**
     * The target Pejabat Penilai Kinerja answers the Kepala Daerah's refusal with the reasons why the people
     * cannot be given (KU Lampiran I B.a.3)c) last sentence); the request ends refused.
     */
    public SecondmentStep answerRefusal(long actorId, String reason) {
        if (currentStep() != SecondmentStep.TARGET_REFUSAL_ANSWER) {
            throw new BusinessRuleException("secondment.nothingRefused");
        }
        SecondmentStep step = SecondmentStep.valueOf(sequence.answerRefusal(CHAIN, actorId, reason));
        this.refusalAnswer = reason.strip();
        return step;
    }

    /**
     * The target authority does not accept the list of people: it goes back, with the reason, to whoever
     * named them, who names again (the authority "menyetujui surat jawaban ... beserta daftar", KU Lampiran I
     * B.a.3)e)).
     */
    public void returnAnswer(long actorId, String reason) {
        if (currentStep() != SecondmentStep.TARGET_AUTHORITY_ANSWER) {
            throw new BusinessRuleException("secondment.notAnswerStep");
        }
        sequence.returnToPrevious(CHAIN, actorId, reason);
        nominees.clear();
    }

    /** Whether a refusal at the current step still needs the target side's written answer. */
    public boolean awaitsRefusalAnswer() {
        return currentStep() == SecondmentStep.TARGET_REFUSAL_ANSWER;
    }

    /**
     * The target side answers availability with the people who fit (KU Lampiran I B.a.3)d)-e)): at least
     * one, at most the number asked for, each placed in the target unit's subtree (checked by the caller,
     * which knows placements), with the role and tasks their assignments will carry. Where the chain ends
     * with the target authority's answer the list waits for it; otherwise the request is complete.
     *
     * @return whether the request is complete, so the people are to be assigned now
     */
    public boolean nominate(long actorId, List<Employee> people, AssignmentRole role, String roleDetail,
                            List<String> tasks) {
        if (currentStep() != SecondmentStep.TARGET_NOMINATION) {
            CHAIN.take("secondment.complete", getState(), sequence.actorsOf(actorId), StepFacts.none());
            throw new BusinessRuleException("secondment.notNominationStep");
        }
        if (people.isEmpty()) {
            throw new BusinessRuleException("secondment.nomineesRequired");
        }
        if (people.size() > headcount) {
            throw new BusinessRuleException("secondment.tooManyNominees", headcount);
        }
        if (sequence.isLast()) {
            sequence.complete(CHAIN, actorId);
        } else {
            sequence.approve(CHAIN, actorId);
        }
        nominees.clear();
        nominees.addAll(people);
        this.nominatedById = actorId;
        this.nominatedRole = role == null ? AssignmentRole.INDIVIDUAL_FUNCTIONAL : role;
        this.nominatedRoleDetail = roleDetail == null || roleDetail.isBlank() ? null : roleDetail.strip();
        List<String> clean = tasks == null ? List.of()
                : tasks.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
        this.nominatedTasks = clean.isEmpty() ? expectedTargets : String.join("\n", clean);
        return getStatus() == SecondmentStatus.COMPLETED;
    }

    /** The tasks the named people's assignments carry. */
    public List<String> nominatedTasks() {
        return nominatedTasks == null ? List.of() : List.of(nominatedTasks.split("\n"));
    }

    public void recordRequestLetter(String number, LocalDate date, long signerId) {
        this.requestNumber = number;
        this.requestDate = date;
        this.requestSignerId = signerId;
    }

    public void recordRecommendation(String number, LocalDate date, long signerId) {
        this.recommendationNumber = number;
        this.recommendationDate = date;
        this.recommenderId = signerId;
    }

    public void recordAnswer(String number, LocalDate date, long signerId) {
        this.answerNumber = number;
        this.answerDate = date;
        this.answerSignerId = signerId;
    }

    /** Whether the request letter is signed by the own department's authority when forwarding (KU B.a.3)a)-b)). */
    public boolean requestSignedByOwnAuthority() {
        return steps().contains(SecondmentStep.OWN_AUTHORITY_FORWARD);
    }

    @Override
    public SubjectType subjectType() {
        return SubjectType.SECONDMENT;
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
        return requester.getId();
    }

    @Override
    public String title() {
        return requestingUnit.getName() + " → " + targetUnit.getName();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public Government getGovernment() {
        return government;
    }

    public AssignmentScope getScope() {
        return scope;
    }

    public OrgUnit getRequestingUnit() {
        return requestingUnit;
    }

    public Employee getRequester() {
        return requester;
    }

    public OrgUnit getTargetUnit() {
        return targetUnit;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getCompetences() {
        return competences;
    }

    public String getExpectedTargets() {
        return expectedTargets;
    }

    public String getDuration() {
        return duration;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public int getHeadcount() {
        return headcount;
    }

    public SecondmentStatus getStatus() {
        return SecondmentStatus.valueOf(sequence.getState().name());
    }

    public SecondmentStep getRefusedStep() {
        return sequence.getRefusedStep() == null ? null : SecondmentStep.valueOf(sequence.getRefusedStep());
    }

    public String getRequestNumber() {
        return requestNumber;
    }

    public LocalDate getRequestDate() {
        return requestDate;
    }

    public Long getRequestSignerId() {
        return requestSignerId;
    }

    public String getRecommendationNumber() {
        return recommendationNumber;
    }

    public LocalDate getRecommendationDate() {
        return recommendationDate;
    }

    public Long getRecommenderId() {
        return recommenderId;
    }

    public String getAnswerNumber() {
        return answerNumber;
    }

    public LocalDate getAnswerDate() {
        return answerDate;
    }

    public Long getAnswerSignerId() {
        return answerSignerId;
    }

    public List<Employee> getNominees() {
        return List.copyOf(nominees);
    }

    public Long getNominatedById() {
        return nominatedById;
    }

    public AssignmentRole getNominatedRole() {
        return nominatedRole;
    }

    public String getNominatedRoleDetail() {
        return nominatedRoleDetail;
    }

    public String getRefusalAnswer() {
        return refusalAnswer;
    }
}
