package id.sikerja.application;

import id.sikerja.domain.planning.DialogueStage;
import id.sikerja.domain.workflow.SubjectType;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Performance dialogues about an SKP, an assignment or a team: recorded by the people involved in the
 * subject, read by those who may see it, always within the caller's scope. Another government's subject
 * answers "not found".
 */
public interface Dialogues {

    SubjectType DIALOGUE = SubjectType.DIALOGUE;

    /**
     * Records a dialogue about an SKP, an assignment or a team. The caller and every participant must be involved
     * in the subject (see {@code DialogueSubjects}): an uninvolved caller is refused, an uninvolved participant
     * is a business-rule error; nothing is stored in either case.
     */
    long recordDialogue(DialogueData data);

    /** The dialogues of one subject, for those who may read them; others are refused. */
    List<DialogueRow> dialogues(String subjectType, long subjectId);

    /** One subject's dialogues, the people who may take part, and whether the caller may record one. */
    DialogueSubjectView dialogueSubject(String subjectType, long subjectId);

    /** Dialogues the caller took part in. */
    List<DialogueRow> myDialogues();

    // ---- views

    record DialogueData(String subjectType, long subjectId, LocalDate heldOn, DialogueStage stage,
                        Set<Long> participantIds, String expectations, String targets, String resources,
                        String followUps) {
    }

    record DialogueRow(long id, LocalDate heldOn, DialogueStage stage, String subjectType, long subjectId,
                       List<String> participants, String expectations, String targets, String resources,
                       String followUps) {
    }

    record PersonOption(long id, String name, String role) {
    }

    /**
     * @param involved   everyone involved in the subject
     * @param candidates the participants the caller may choose (the involved people but the caller)
     * @param canRecord  whether the caller is involved, so may record a dialogue
     */
    record DialogueSubjectView(String subjectType, long subjectId, List<PersonOption> involved,
                               List<PersonOption> candidates, boolean canRecord, List<DialogueRow> dialogues) {
    }
}
