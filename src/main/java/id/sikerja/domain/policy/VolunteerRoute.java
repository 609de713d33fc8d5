package id.sikerja.domain.policy;

/**
 * Who approves a voluntary application (pengajuan sukarela) across units, and in which order. Within a
 * unit the unit head approves in every region.
 */
public enum VolunteerRoute {
    /**
     * The own appraiser or unit head recommends first, the target unit's head approves, then the own
     * appraiser or unit head approves and signs the letter (PS Lampiran I huruf B angka 2 pengajuan sukarela
     * lintas unit organisasi huruf a–c). Also used where the regulation gives no procedure (KU Lampiran I
     * huruf B huruf b names only the scope).
     */
    OWN_RECOMMENDATION_FIRST,
    /**
     * The employee writes to the target unit's head first (copies to the own appraiser and unit head); after
     * the target's approval the own appraiser approves and drafts the letter (JB Lampiran II huruf B angka 2
     * huruf b).
     */
    TARGET_FIRST,
    /**
     * The partner unit asks for people; the employee tells the own head, who answers the partner with approval
     * and recommendation or a reasoned refusal; the partner then assigns (KL Lampiran huruf B angka 2 huruf q
     * angka 2) huruf b)).
     */
    OWN_HEAD_ANSWERS_PARTNER;

    /** Whether the partner (target) unit's head issues the assignment after the own head's answer. */
    public boolean partnerAssigns() {
        return this == OWN_HEAD_ANSWERS_PARTNER;
    }
}
