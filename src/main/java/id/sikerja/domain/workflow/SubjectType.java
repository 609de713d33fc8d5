package id.sikerja.domain.workflow;

/**
 * The kinds of things a workflow step, an audit entry or an inbox task is about. The names are stored
 * (audit_entry.subject_type, inbox_task.subject_type): never rename one.
 */
public enum SubjectType {
    /** Sasaran Kinerja Pegawai. */
    SKP,
    /** Perjanjian Kinerja, one revision. */
    AGREEMENT,
    /** A performance dialogue (dialog kinerja). */
    DIALOGUE,
    /** A work team (tim kerja, kelompok kerja) and its decree. */
    TEAM,
    /** A nomination of ketua candidates to the Sekda (KL Pasal 14). */
    NOMINATION,
    /** An assignment (penugasan) and its letter. */
    ASSIGNMENT,
    /** A request to involve staff of another unit or department (permohonan pelibatan). */
    SECONDMENT,
    /** A voluntary application (pengajuan sukarela). */
    VOLUNTEER,
    /** An announced need for volunteers. */
    WORK_NEED,
    /** A letter-number counter set by the personnel office. */
    LETTER_COUNTER,
    /** An employee record or placement changed by the personnel office. */
    EMPLOYEE,
    /** A user account changed by the personnel office. */
    ACCOUNT,
    /** A government's policy profile or appraiser rules changed by the personnel office. */
    POLICY
}
