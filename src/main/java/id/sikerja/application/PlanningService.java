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

    void saveAgreement(long id, int version, List<AgreementLine> lines);

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

    record ProgressRow(Long id, String name, long drafted, long submitted, long approved, long closed) {
        public long total() {
            return drafted + submitted + approved + closed;
        }
    }
}
