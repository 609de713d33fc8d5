package id.sikerja.domain.team;

/** Role of a person in a work team. */
public enum TeamRole {
    /** Ketua tim / ketua kelompok kerja. */
    LEAD,
    /** Anggota tim. */
    MEMBER,
    /** Penanggung Jawab Teknis Kegiatan — JB Pasal 22: preferably JF Ahli Madya. */
    TECHNICAL_LEAD,
    /** Pengendali Teknis Kegiatan — JB Pasal 22: preferably JF Ahli Muda. */
    TECHNICAL_CONTROLLER;

    /** JB Pasal 22: these roles are appointed by the department head with the Sekda's approval. */
    public boolean isTechnical() {
        return this == TECHNICAL_LEAD || this == TECHNICAL_CONTROLLER;
    }

    /**
     * JB Pasal 22 (last paragraph): a Penanggung Jawab / Pengendali Teknis Kegiatan is delegated the right to
     * recommend the performance ratings of the team's members. Recorded now; used when ratings are given.
     */
    public boolean mayRecommendRatings() {
        return isTechnical();
    }
}
