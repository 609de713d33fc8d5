package id.sikerja.domain.access;

/** Application roles. Some follow from placement ({@link RoleDerivation}), others are granted. */
public enum Role {
    EMPLOYEE,
    TEAM_LEAD,
    /** Pimpinan unit organisasi and appraiser. */
    UNIT_HEAD,
    /** Kepala Perangkat Daerah. */
    DEPARTMENT_HEAD,
    /** Pejabat yang berwenang: Sekda, Bupati/Walikota. */
    AUTHORITY,
    /** The personnel office (BKPSDM) of one government. */
    ADMIN,
    /** Read-only oversight (Tim Transformasi Manajemen, Inspektorat). */
    OVERSIGHT;

    /** Roles an admin may grant by hand; the others follow from placement. */
    public boolean isGrantable() {
        return this == TEAM_LEAD || this == AUTHORITY || this == ADMIN || this == OVERSIGHT;
    }
}
