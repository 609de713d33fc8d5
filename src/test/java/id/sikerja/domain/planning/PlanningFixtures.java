package id.sikerja.domain.planning;

import id.sikerja.domain.organisation.Fixtures;
import id.sikerja.domain.policy.CrossDepartmentApproval;
import id.sikerja.domain.policy.LeadSelection;
import id.sikerja.domain.policy.LetterSigner;
import id.sikerja.domain.policy.PolicyProfile;
import id.sikerja.domain.policy.WorkTeamKind;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/** Agreements, SKPs and policies for the planning unit tests; the four governments' variants as data. */
final class PlanningFixtures {

    static final long GOV = 1;
    static final long HEAD = 10;
    static final long SUPERIOR = 20;
    static final long STAFF = 30;
    static final long OTHER = 99;

    private PlanningFixtures() {
    }

    /** A policy like the seeds: planning dialogue required, work mode declared, leads sign agreements. */
    static PolicyProfile policy(boolean planningDialogue, boolean declareWorkMode, boolean leadsSign) {
        PolicyProfile p = new PolicyProfile(Fixtures.government("TEST"));
        p.configure(1, LetterSigner.UNIT_HEAD, CrossDepartmentApproval.NOT_PROVIDED, LeadSelection.BY_HEAD, false,
                false, EnumSet.of(WorkTeamKind.TIM_KERJA), planningDialogue, false, false, null);
        p.configurePlanning(declareWorkMode, leadsSign, null);
        return p;
    }

    /** Kayong Utara / Jombang: no planning variant switched on. */
    static PolicyProfile common() {
        return policy(false, false, false);
    }

    /** Pasuruan: planning dialogue before approval (PS A.2), work mode per target (PS Lampiran I.2). */
    static PolicyProfile pasuruan() {
        return policy(true, true, false);
    }

    /** Klaten: leads sign agreements (KL Pasal 16(3)). */
    static PolicyProfile klaten() {
        return policy(false, false, true);
    }

    static PerformanceAgreement agreement() {
        return new PerformanceAgreement(GOV, HEAD, 5, 3, 2026, "Kepala Bidang", "Kepala Bidang Yankes", "Bidang Yankes");
    }

    static List<AgreementLine> lines(WorkMode mode) {
        return List.of(new AgreementLine("Meningkatnya mutu layanan kesehatan", List.of(
                new AgreementLine.IndicatorLine(null, "Persentase puskesmas terakreditasi", "90", "%", mode),
                new AgreementLine.IndicatorLine(null, "Indeks kepuasan masyarakat", "85", "indeks", mode))));
    }

    static PerformanceAgreement filledAgreement() {
        PerformanceAgreement a = agreement();
        a.replaceContent(lines(null), common());
        return a;
    }

    static Skp skp(SkpForm form, Long appraiser) {
        return new Skp(GOV, STAFF, new Skp.Party("Siti", "198501012010031001", "III/a", "Analis", "Bidang"),
                appraiser, appraiser == null ? null : new Skp.Party("Budi", null, "IV/a", "Kabid", "Bidang"), 5L, 3L,
                form, LocalDate.of(2026, 1, 1));
    }

    static WorkResultLine nonJpt(ResultCategory category, Long indicatorId) {
        return new WorkResultLine(category, "Tersusunnya laporan akreditasi", null, Aspect.KUANTITAS, null,
                "Jumlah laporan", "4", "laporan", indicatorId, null, indicatorId == null ? null : "Persentase puskesmas",
                null);
    }

    static WorkResultLine jpt(Perspective perspective) {
        return new WorkResultLine(ResultCategory.UTAMA, "Meningkatnya derajat kesehatan", "Penugasan Bupati", null,
                perspective, "Angka harapan hidup", "72", "tahun", null, null, null, null);
    }

    /** Gives a transient entity the id the database would, for rules that compare ids. */
    static void setId(Object entity, long id) {
        try {
            Class<?> c = entity.getClass();
            Field f = null;
            while (f == null && c != null) {
                try {
                    f = c.getDeclaredField("id");
                } catch (NoSuchFieldException e) {
                    c = c.getSuperclass();
                }
            }
            f.setAccessible(true);
            f.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
