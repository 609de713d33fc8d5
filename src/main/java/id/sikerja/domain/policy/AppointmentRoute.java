package id.sikerja.domain.policy;

import id.sikerja.domain.organisation.Employee;

import java.util.Optional;

/**
 * Whether an appointment (penunjukan) is made directly by the one who gives the work, or is a proposal
 * (usulan) another official accepts before the letter goes to signature. Within the caller's reach either
 * way; the Kepala Daerah's own direct appointment is a separate switch
 * ({@link PolicyProfile#isRegionalHeadAppoints()}).
 */
public enum AppointmentRoute {
    /**
     * The Pejabat Penilai Kinerja or the Pejabat Pemilik Kinerja appoints directly: PS Lampiran I huruf B angka 2
     * huruf A ("cara penugasan Pejabat Fungsional atau pelaksana langsung dari Pejabat Penilai Kinerja dan/atau
     * Pejabat Pemilik Kinerja"). Pasuruan's regulation names no proposal step for a penunjukan, and its team
     * heads "dapat menunjuk" the ketua directly (angka 2) huruf ii.), so Pasuruan is DIRECT.
     */
    DIRECT,
    /**
     * The Pejabat Penilai Kinerja assigns on the proposal of the Pimpinan Unit Organisasi: KU Lampiran I huruf B
     * (opening paragraph and huruf d: "ditetapkan oleh Pejabat Penilai Kinerja bersangkutan atas usulan dari
     * Pimpinan Unit Organisasi"); JB Lampiran II huruf B angka 2 huruf d (same words).
     */
    UNIT_HEAD_PROPOSES_TO_APPRAISER,
    /**
     * The Pejabat Pemilik Kinerja (Pimpinan Unit Organisasi) appoints on the proposal of the Pejabat Penilai
     * Kinerja or the Pimpinan Unit Kerja: KL Lampiran huruf B angka 2 huruf q angka 1) and its huruf a)
     * ("dilakukan langsung oleh Pimpinan Unit Organisasi bersangkutan atas usulan Pejabat Penilai Kinerja").
     */
    APPRAISER_PROPOSES_TO_OWNER;

    /**
     * Who must accept an appointment {@code appointer} makes for a person whose Pejabat Penilai Kinerja is
     * {@code appraiser} and whose Pejabat Pemilik Kinerja is {@code performanceOwner}; empty when the appointer
     * appoints directly. Under {@link #UNIT_HEAD_PROPOSES_TO_APPRAISER} the appraiser appoints directly and
     * anyone else (a Pimpinan Unit Organisasi above the person) proposes to the appraiser; under
     * {@link #APPRAISER_PROPOSES_TO_OWNER} the performance owner appoints directly and anyone else proposes to
     * the owner. Where that office is vacant (no holder), nobody could take the proposal: the appointer then
     * appoints directly, as the article on penunjukan allows the Pejabat Penilai Kinerja and the Pimpinan Unit
     * Organisasi alike (KU Pasal 11 ayat (2)), and the letter's signer still decides on it.
     */
    public Optional<Employee> acceptor(Employee appointer, Employee appraiser, Employee performanceOwner) {
        Employee decider = switch (this) {
            case DIRECT -> null;
            case UNIT_HEAD_PROPOSES_TO_APPRAISER -> appraiser;
            case APPRAISER_PROPOSES_TO_OWNER -> performanceOwner;
        };
        return decider == null || decider.equals(appointer) ? Optional.empty() : Optional.of(decider);
    }

    /** The bundle key naming the office of the one who accepts the proposal (for the form and the page). */
    public String acceptorOfficeKey() {
        return "appointmentRoute.acceptor." + name();
    }
}
