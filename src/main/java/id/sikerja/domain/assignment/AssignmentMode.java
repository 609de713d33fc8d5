package id.sikerja.domain.assignment;

/** How an assignment came about (KU Pasal 11 ayat (1)). */
public enum AssignmentMode {
    /** Penunjukan by the appraiser or unit head, or by the Kepala Daerah — KU Pasal 11 ayat (3). */
    APPOINTMENT,
    /** Pengajuan sukarela: the employee applied — KU Pasal 11 ayat (4). */
    VOLUNTEER
}
