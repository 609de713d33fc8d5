package id.sikerja.domain.policy;

/** How a team lead (ketua) is chosen (the regional regulations). */
public enum LeadSelection {
    /** The unit head names the ketua by expertise — KU Pasal 10(3), PS. */
    BY_HEAD,
    /** Candidates ranked by JB Pasal 21c: JF keahlian, managerial competence, highest JF grade, highest rank. */
    PRIORITY_LIST,
    /** At least two candidates proposed to the Sekda, who recommends — KL Pasal 14. */
    NOMINATION_TO_SECRETARY
}
