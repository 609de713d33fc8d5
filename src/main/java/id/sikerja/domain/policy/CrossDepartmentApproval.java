package id.sikerja.domain.policy;

/** How a cross-department (lintas Perangkat Daerah) assignment is approved (RULES.md §6 row 2). */
public enum CrossDepartmentApproval {
    /** Both authorities, then the Bupati's recommendation — KU Lampiran B.a.3. */
    REGIONAL_HEAD_RECOMMENDATION,
    /** The competent authorities of both sides — JB. */
    BOTH_AUTHORITIES,
    /** Through the Bupati u.p. Sekretaris Daerah — KL 2.q.1.c. */
    REGIONAL_SECRETARY,
    /** The regulation provides only cross-unit assignment — PS. */
    NOT_PROVIDED
}
