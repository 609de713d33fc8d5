package id.sikerja.domain.assignment;

/** One step of a secondment request's approval chain; who acts follows from the step. */
public enum SecondmentStep {
    /** The requesting department's Pejabat yang Berwenang forwards the request — KU Lampiran I B.a.3)a)-b). */
    OWN_AUTHORITY_FORWARD(false),
    /** The target department's Pejabat yang Berwenang agrees — KU Lampiran I B.a.3)c); JB. */
    TARGET_AUTHORITY_APPROVAL(true),
    /** The Kepala Daerah's recommendation — KU Lampiran I B.a.3)c). */
    REGIONAL_HEAD_RECOMMENDATION(false),
    /** The Bupati u.p. Sekretaris Daerah — KL Lampiran 2.q.1)c). */
    REGIONAL_SECRETARY_APPROVAL(false),
    /** The target appraiser/unit head answers availability and names people — KU Lampiran I B.a.2)c), B.a.3)d)-e). */
    TARGET_NOMINATION(true),
    /**
     * The target department's Pejabat yang Berwenang approves the answer with the list of people and sends
     * it, signed, to the requesting Pejabat yang Berwenang; only then are the people assigned — KU Lampiran I
     * B.a.3)e) first and second point.
     */
    TARGET_AUTHORITY_ANSWER(true),
    /**
     * After the Kepala Daerah refuses, the target Pejabat Penilai Kinerja answers the request with the
     * reasons — KU Lampiran I B.a.3)c) last sentence.
     */
    TARGET_REFUSAL_ANSWER(true);

    private final boolean targetSide;

    SecondmentStep(boolean targetSide) {
        this.targetSide = targetSide;
    }

    /**
     * Whether the step is taken by the side asked for people, whose refusal answers the request letter with
     * its reasons (KU Lampiran I B.a.2)d), B.a.3)c)).
     */
    public boolean targetSide() {
        return targetSide;
    }

    /** The step that answers a refusal of this step, or null when the refusal ends the request. */
    public SecondmentStep refusalAnsweredBy() {
        return this == REGIONAL_HEAD_RECOMMENDATION ? TARGET_REFUSAL_ANSWER : null;
    }
}
