package id.sikerja.domain.policy;

/** Who signs the decree that establishes a team. */
public enum DecreeSigner {
    /** Kepala Perangkat Daerah (PS Lampiran III; KL Pasal 14(1)(d) for a kelompok kerja). */
    DEPARTMENT_HEAD,
    /** Kepala Unit Organisasi pemilik kinerja (KL Pasal 1 angka 25 for an ad-hoc tim). */
    OWNER_UNIT_HEAD
}
