package id.sikerja.domain.assignment;

/** One step of a secondment request's approval chain; who acts follows from the step. */
public enum SecondmentStep {
    /** The requesting department's Pejabat yang Berwenang forwards the request — KU Lampiran I B.a.3)a)-b). */
    OWN_AUTHORITY_FORWARD,
    /** The target department's Pejabat yang Berwenang agrees — KU Lampiran I B.a.3)c); JB. */
    TARGET_AUTHORITY_APPROVAL,
    /** The Kepala Daerah's recommendation — KU Lampiran I B.a.3)c). */
    REGIONAL_HEAD_RECOMMENDATION,
    /** The Bupati u.p. Sekretaris Daerah — KL Lampiran 2.q.1)c). */
    REGIONAL_SECRETARY_APPROVAL,
    /** The target appraiser/unit head answers availability and names people — KU Lampiran I B.a.2)c), B.a.3)d)-e). */
    TARGET_NOMINATION
}
