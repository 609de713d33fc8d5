package id.sikerja.application;

import id.sikerja.domain.assignment.AssignmentMode;
import id.sikerja.domain.assignment.AssignmentRole;
import id.sikerja.domain.assignment.AssignmentScope;
import id.sikerja.domain.assignment.AssignmentStatus;
import id.sikerja.domain.policy.LetterSigner;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Individual assignments and their letters (KU Pasal 11; PS Lampiran II): appoint someone in one's
 * scope, the policy's signer signs (the letter gets its number) or refuses with a reason, everyone
 * involved reads the letter as PDF.
 */
public interface Assignments {

    /** The caller's own assignments, newest first. */
    List<AssignmentRow> mine();

    /** Assignments the caller manages (own subtree, appointed or to sign); the whole government for admin/oversight. */
    List<AssignmentRow> managed();

    AssignmentView assignment(long id);

    /** People the caller may appoint (their subtree and appraisees; anyone for the Kepala Daerah), by name, NIP or position. */
    List<PersonOption> appointable(String text);

    /**
     * Appoints someone; the letter waits for its signer, or is issued at once when the caller is the signer.
     * Where the government's appointment route makes it a proposal (usulan), it first waits for the official
     * who accepts it (see {@link #routeFor}).
     */
    long appoint(@NotNull NewAssignment data);

    /** Whether appointing this person would be a proposal, and to whom; for the form, before anything is stored. */
    AppointmentRouteView routeFor(long employeeId);

    /**
     * The official a proposal was made to accepts it: the letter goes to its signer (signed at once if that is
     * the same person).
     */
    void accept(long id, int version);

    /** The official a proposal was made to refuses it, with a reason. */
    void decline(long id, int version, @NotNull @Size(min = 1, max = 2000) String reason);

    void sign(long id, int version);

    void refuse(long id, int version, @NotNull @Size(min = 1, max = 2000) String reason);

    /** The letter as PDF; only an issued letter (it has a number). */
    byte[] letterPdf(long id);

    record NewAssignment(Long employeeId, AssignmentRole role, String roleDetail, List<String> tasks, boolean routine,
                         LocalDate startDate, LocalDate endDate, String legalBasis, Long teamId) implements Serializable {
    }

    record PersonOption(long id, String name, String nip, String positionTitle, String unitName) implements Serializable {
        public String label() {
            return name + (nip == null ? "" : " (" + nip + ")") + (positionTitle == null ? "" : " — " + positionTitle);
        }

        /** Unique and starting with the name: pickers convert by it and search by its first part. */
        @Override
        public String toString() {
            return label() + " — #" + id;
        }
    }

    /**
     * How an appointment of one person would go: directly, or as a proposal to {@code acceptorName}, who holds
     * {@code acceptorPosition} and is the person's official named by {@code acceptorOfficeKey} (a bundle key).
     */
    record AppointmentRouteView(boolean proposal, String acceptorName, String acceptorPosition,
                                String acceptorOfficeKey) implements Serializable {
        public static final AppointmentRouteView DIRECT = new AppointmentRouteView(false, null, null, null);
    }

    record AssignmentRow(long id, String employeeName, String ownerUnitName, AssignmentRole role, String roleDetail,
                         AssignmentMode mode, AssignmentScope scope, AssignmentStatus status, LocalDate startDate,
                         LocalDate endDate, String letterNumber, boolean routine, String signerName)
            implements Serializable {
    }

    record AssignmentView(long id, int version, long employeeId, String employeeName, String nip, String rankLabel,
                          String positionTitle, String ownerUnitName, String departmentName, String appointedByName,
                          long signerId, String signerName, AssignmentRole role, String roleDetail, List<String> tasks,
                          boolean routine, LocalDate startDate, LocalDate endDate, String legalBasis,
                          AssignmentMode mode, AssignmentScope scope, AssignmentStatus status, LetterSigner letterKind,
                          String letterNumber, LocalDate letterDate, List<String> copies, Long teamId,
                          Long secondmentId, String refusalReason, boolean canSign, List<AuditTrail.Entry> history,
                          String proposedToName, boolean canAccept)
            implements Serializable {
    }
}
