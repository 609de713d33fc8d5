package id.sikerja.domain.policy;

/** How a request for staff of another Perangkat Daerah of the same government is approved. */
public enum CrossDepartmentApproval {
    /** Both authorities, then the Bupati's recommendation — KU Lampiran B.a.3. */
    REGIONAL_HEAD_RECOMMENDATION,
    /**
     * As a request to another unit: where a Perangkat Daerah is itself a Unit Organisasi, the regulation's
     * lintas unit organisasi procedure covers it (JB Pasal 1, Lampiran II huruf B angka 2 huruf a; KL Pasal 1
     * angka 18, Lampiran huruf B angka 2 huruf q angka 1) huruf b); PS Lampiran I huruf B angka 1 and angka 2
     * huruf A). Their lintas instansi routes are for requests to another government.
     */
    AS_CROSS_UNIT,
    /**
     * The competent authorities (Pejabat yang Berwenang) of both sides, then the target side names people;
     * kept for governments whose regulation asks for it between departments (JB's lintas instansi route).
     */
    BOTH_AUTHORITIES,
    /** Through the Bupati u.p. Sekretaris Daerah (KL's lintas instansi route, Lampiran huruf B angka 2 huruf q angka 1) huruf c)). */
    REGIONAL_SECRETARY,
    /** The regulation gives no procedure between departments: such requests are refused with a message. */
    NOT_PROVIDED
}
