package id.sikerja.application;

import id.sikerja.domain.workflow.SubjectType;
import id.sikerja.domain.planning.AgreementLine;
import id.sikerja.domain.planning.AgreementState;
import id.sikerja.domain.planning.DialogueStage;
import id.sikerja.domain.planning.SkpState;
import id.sikerja.domain.planning.WorkMode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Performance agreements, cascading (Matriks Peran Hasil, coverage, lineage), performance dialogues
 * and the oversight view of planning progress, always within the caller's scope. Another
 * government's record answers "not found".
 */
public interface PlanningService {

    SubjectType AGREEMENT = SubjectType.AGREEMENT;
    SubjectType DIALOGUE = SubjectType.DIALOGUE;

    // ---- agreements

    /** The caller's own agreements (every revision), newest first. */
    List<AgreementRow> myAgreements();

    /** Agreements the caller signs (submitted to them, and those they signed). */
    List<AgreementRow> agreementsToApprove();

    /** One agreement: its owner, its approver, anyone covering the owner, ADMIN/OVERSIGHT/AUTHORITY. */
    AgreementView agreement(long id);

    /** Starts the caller's agreement for a year (unit heads; team leads where the policy says so). */
    long startAgreement(int year);

    void saveAgreement(long id, int version, List<AgreementLine> lines);

    void submitAgreement(long id, int version);

    void approveAgreement(long id, int version);

    void returnAgreement(long id, int version, String reason);

    /** Starts an amendment of an approved agreement: a new draft revision; returns its id. */
    long amendAgreement(long id, int version, String reason);

    // ---- cascading

    /** The role/result matrix of an approved agreement: its owner only. */
    MatrixView matrix(long agreementId);

    /**
     * Saves the matrix: each non-blank cell becomes (or updates) the linked result in that person's
     * SKP draft for the agreement's year, creating the draft where missing.
     *
     * @param cells result text keyed by {@link MatrixView#key(long, long)}
     */
    MatrixOutcome saveMatrix(long agreementId, Map<String, String> cells);

    /** From a result up, step by step, to the top agreement it serves. */
    List<LineageStep> lineageUp(long resultId);

    /** Every result that supports an agreement indicator, directly or through other results. */
    List<LineageStep> lineageDown(long indicatorId);

    // ---- dialogues

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

    // ---- oversight

    /** SKP counts per department (departmentId null) or per unit of one department; ADMIN/OVERSIGHT. */
    List<ProgressRow> progress(int year, Long departmentId);

    // ---- views

    record AgreementRow(long id, int year, int revision, AgreementState state, String ownerName, String unitName,
                        String approverName, OffsetDateTime submittedAt) {
    }

    record IndicatorView(long id, String text, String targetValue, String targetUnit, WorkMode workMode,
                         Long originId, long supporterCount) {
    }

    record ObjectiveView(long id, String text, List<IndicatorView> indicators) {
    }

    record AgreementView(long id, int version, int year, int revision, AgreementState state, long ownerId,
                         String ownerName, String ownerPosition, String unitName, Long approverId,
                         String approverName, String returnReason, Long previousId, String amendmentReason,
                         OffsetDateTime approvedAt, List<ObjectiveView> objectives, boolean editable,
                         boolean approvable, boolean amendable, boolean cascadable, boolean declareWorkMode,
                         Long newerRevisionId) {
    }

    record MatrixColumn(long indicatorId, String objective, String text, String target) {
    }

    record MatrixRow(long employeeId, String name, String position, Long skpId, SkpState skpState,
                     boolean writable) {
    }

    record OrphanResult(long skpId, String employeeName, String resultText) {
    }

    record MatrixView(long agreementId, String title, List<MatrixColumn> columns, List<MatrixRow> rows,
                      Map<String, String> cells, List<MatrixColumn> uncovered, List<OrphanResult> supportingNothing) {

        public static String key(long employeeId, long indicatorId) {
            return employeeId + ":" + indicatorId;
        }
    }

    /** What saving the matrix did: new SKP drafts, new and changed results, people whose SKP is no longer editable. */
    record MatrixOutcome(int skpsStarted, int resultsCreated, int resultsUpdated, List<String> skipped) {
    }

    /** One step of a lineage: an agreement indicator or an SKP result, with its owner and depth. */
    record LineageStep(int depth, String kind, long id, String ownerName, String text, String target, Long skpId,
                       Long agreementId) {
    }

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

    record ProgressRow(Long id, String name, long drafted, long submitted, long approved, long closed) {
        public long total() {
            return drafted + submitted + approved + closed;
        }
    }
}
