package id.sikerja.application;

import id.sikerja.domain.planning.AgreementLine;
import id.sikerja.domain.planning.AgreementState;
import id.sikerja.domain.planning.WorkMode;
import id.sikerja.domain.workflow.SubjectType;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Performance agreements and the oversight view of planning progress, always within the caller's scope.
 * Another government's record answers "not found". Cascading an approved agreement is {@link Cascading};
 * performance dialogues are {@link Dialogues}.
 */
public interface PlanningService {

    SubjectType AGREEMENT = SubjectType.AGREEMENT;

    // ---- agreements

    /** The caller's own agreements (every revision), newest first. */
    List<AgreementRow> myAgreements();

    /** Agreements the caller signs (submitted to them, and those they signed). */
    List<AgreementRow> agreementsToApprove();

    /** One agreement: its owner, its approver, anyone covering the owner, ADMIN/OVERSIGHT/AUTHORITY. */
    AgreementView agreement(long id);

    /** Starts the caller's agreement for a year (unit heads; team leads where the policy says so). */
    long startAgreement(int year);

    /**
     * Saves the owner's draft. An indicator may name the superior's indicator it serves, one of
     * {@link #servableIndicators}; any other is refused and nothing is saved.
     */
    void saveAgreement(long id, int version, List<AgreementLine> lines);

    /**
     * The indicators the owner's agreement may serve: those of the approved agreements of the same year of the
     * people above the owner, and any its indicators already serve. The owner only.
     */
    List<ServableIndicator> servableIndicators(long agreementId);

    void submitAgreement(long id, int version);

    void approveAgreement(long id, int version);

    void returnAgreement(long id, int version, String reason);

    /** Starts an amendment of an approved agreement: a new draft revision; returns its id. */
    long amendAgreement(long id, int version, String reason);

    // ---- oversight

    /** SKP counts per department (departmentId null) or per unit of one department; ADMIN/OVERSIGHT. */
    List<ProgressRow> progress(int year, Long departmentId);

    // ---- views

    record AgreementRow(long id, int year, int revision, AgreementState state, String ownerName, String unitName,
                        String approverName, OffsetDateTime submittedAt) {
    }

    /**
     * @param servesIndicatorId the superior's indicator this one serves, null when not linked
     * @param servesLabel       how that indicator reads ("owner: text (target)"), null when not linked or when the
     *                          caller may not see the superior's agreement
     */
    record IndicatorView(long id, String text, String targetValue, String targetUnit, WorkMode workMode,
                         Long originId, long supporterCount, Long servesIndicatorId, String servesLabel) {
    }

    /** A superior's indicator an agreement indicator may serve. */
    record ServableIndicator(long id, String label) {
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

    record ProgressRow(Long id, String name, long drafted, long submitted, long approved, long closed) {
        public long total() {
            return drafted + submitted + approved + closed;
        }
    }
}
