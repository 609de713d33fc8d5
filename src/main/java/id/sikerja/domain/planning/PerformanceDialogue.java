package id.sikerja.domain.planning;

import id.sikerja.domain.shared.BaseEntity;
import id.sikerja.domain.shared.BusinessRuleException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A recorded dialog kinerja (PermenPANRB 6/2022 Pasal 5; the regional regulations): when, who took part,
 * at which stage, what was agreed (expectations, targets, resources) and the follow-ups. It concerns
 * one subject, named generically (SKP, ASSIGNMENT, TEAM + id) so other parts of the cycle can link it.
 */
@Entity
@Table(name = "performance_dialogue")
public class PerformanceDialogue extends BaseEntity {

    /** Subject types a dialogue may concern. */
    public static final Set<String> SUBJECT_TYPES = Set.of("SKP", "ASSIGNMENT", "TEAM");

    @Column(name = "government_id", nullable = false, updatable = false)
    private long governmentId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DialogueStage stage;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "agreed_expectations", columnDefinition = "text")
    private String agreedExpectations;

    @Column(name = "agreed_targets", columnDefinition = "text")
    private String agreedTargets;

    @Column(name = "agreed_resources", columnDefinition = "text")
    private String agreedResources;

    @Column(name = "follow_ups", columnDefinition = "text")
    private String followUps;

    @Column(name = "recorded_by_id", updatable = false)
    private Long recordedById;

    @ElementCollection
    @CollectionTable(name = "dialogue_participant", joinColumns = @JoinColumn(name = "dialogue_id"))
    @Column(name = "employee_id")
    private Set<Long> participantIds = new LinkedHashSet<>();

    protected PerformanceDialogue() {
    }

    /**
     * Records a dialogue. It needs a date not in the future, at least two participants (a dialogue is
     * between people; the one recording takes part) and something agreed.
     */
    public PerformanceDialogue(long governmentId, String subjectType, long subjectId, LocalDate heldOn,
                               DialogueStage stage, Set<Long> participants, long recordedBy, String expectations,
                               String targets, String resources, String followUps, LocalDate today) {
        if (subjectType == null || !SUBJECT_TYPES.contains(subjectType)) {
            throw new BusinessRuleException("dialogue.subjectInvalid");
        }
        if (heldOn == null || heldOn.isAfter(today)) {
            throw new BusinessRuleException("dialogue.dateInvalid");
        }
        if (stage == null) {
            throw new BusinessRuleException("dialogue.stageRequired");
        }
        Set<Long> people = new LinkedHashSet<>(participants == null ? Set.of() : participants);
        people.add(recordedBy);
        if (people.size() < 2) {
            throw new BusinessRuleException("dialogue.participantsRequired");
        }
        this.agreedExpectations = PerformanceAgreement.clean(expectations);
        this.agreedTargets = PerformanceAgreement.clean(targets);
        this.agreedResources = PerformanceAgreement.clean(resources);
        this.followUps = PerformanceAgreement.clean(followUps);
        if (agreedExpectations == null && agreedTargets == null && agreedResources == null) {
            throw new BusinessRuleException("dialogue.agreementRequired");
        }
        this.governmentId = governmentId;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.heldOn = heldOn;
        this.stage = stage;
        this.recordedById = recordedBy;
        this.participantIds = people;
    }

    /** Whether this dialogue counts as the planning dialogue of an SKP (PS Lampiran I huruf A angka 2). */
    public boolean isPlanningDialogueOf(long skpId) {
        return stage == DialogueStage.PLANNING && "SKP".equals(subjectType) && subjectId == skpId;
    }

    public long getGovernmentId() {
        return governmentId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public DialogueStage getStage() {
        return stage;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getAgreedExpectations() {
        return agreedExpectations;
    }

    public String getAgreedTargets() {
        return agreedTargets;
    }

    public String getAgreedResources() {
        return agreedResources;
    }

    public String getFollowUps() {
        return followUps;
    }

    public Long getRecordedById() {
        return recordedById;
    }

    public Set<Long> getParticipantIds() {
        return Collections.unmodifiableSet(participantIds);
    }
}
