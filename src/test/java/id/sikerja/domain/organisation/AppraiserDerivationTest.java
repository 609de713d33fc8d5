package id.sikerja.domain.organisation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Appraiser derivation on a small hand-built government:
 * <pre>
 * BUPATI (KEPALA_DAERAH)  L1 Bupati
 * SETDA (SEKRETARIAT_DAERAH)
 *   SETDA            L1 Sekretaris Daerah
 *   SETDA-ASPEM      L2 Asisten Pemerintahan
 *   SETDA-KJF        L3 head: Analis Kebijakan Ahli Madya; Analis Kebijakan Ahli Pertama
 * DINKES (DINAS)
 *   DINKES           L1 Kepala Dinas
 *   DINKES-YANKES    L2 Kepala Bidang; Dokter Ahli Madya, Perawat Ahli Pertama, Pengadministrasi
 *   DINKES-YANKES-RUJ L3 Kepala Seksi Rujukan; Perawat Terampil
 *   DINKES-KJF       L2 (no head) Epidemiolog Ahli Muda
 *   PKM (PUSKESMAS)  L3 head: Kepala Puskesmas (JF Ahli Muda); Bidan Terampil
 * </pre>
 */
class AppraiserDerivationTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 2);
    private static final LocalDate ON = LocalDate.of(2025, 6, 1);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 6, 1, 9, 0, 0, 0, ZoneOffset.ofHours(7));
    private static final Set<PositionClass> ASN_CLASSES = EnumSet.complementOf(EnumSet.of(PositionClass.KEPALA_DAERAH));

    private final List<Position> positions = new ArrayList<>();
    private final List<Employee> employees = new ArrayList<>();
    private Government government;

    private Employee bupati;
    private Employee sekda;
    private Employee asisten;
    private Employee analisMadya;
    private Employee analisPertama;
    private Employee kadis;
    private Employee kabid;
    private Employee dokterMadya;
    private Employee perawat;
    private Employee pelaksana;
    private Employee kasi;
    private Employee perawatTerampil;
    private Employee epidemiolog;
    private Employee kapus;
    private Employee bidan;

    /** General rule: the direct superior (KU Pasal 1.16). */
    private AppraiserRule general;
    /** Heads of departments are rated by the regional head. */
    private AppraiserRule departmentHeads;
    /** KU-SETDA-M2 style: a JF Ahli Madya heading a level-3 unit of the Setda is rated by the Sekda. */
    private AppraiserRule setdaMadya;
    /** JF Ahli Madya of a Dinas are rated by the head of the department (KL Lampiran B). */
    private AppraiserRule dinasMadya;
    /** Keterampilan JF in level-3 units of a Dinas are rated by the level-2 head. */
    private AppraiserRule dinasSkilledLevel3;

    @BeforeEach
    void government() {
        government = Fixtures.government("TEST");

        OrgUnit bupatiUnit = OrgUnit.rootOf(department("BUPATI", UnitType.KEPALA_DAERAH), "BUPATI", "Bupati");
        Position bupatiPosition = position(bupatiUnit, "Bupati Test", PositionClass.KEPALA_DAERAH, null, true);
        bupati = new Employee(government, "H. Bupati", EmploymentStatus.STATE_OFFICIAL, null, Sex.MALE, null, null);
        bupati.placeIn(bupatiPosition, START, "Pelantikan");
        employees.add(bupati);

        OrgUnit setda = OrgUnit.rootOf(department("SETDA", UnitType.SEKRETARIAT_DAERAH), "SETDA", "Sekretariat Daerah");
        OrgUnit aspem = setda.addChild("SETDA-ASPEM", "Asisten Pemerintahan", UnitKind.ORGANISATION_UNIT, null, 2);
        OrgUnit setdaKjf = aspem.addChild("SETDA-KJF", "Kelompok JF Kebijakan", UnitKind.ORGANISATION_UNIT, null, 3);
        sekda = holder("Sekda", position(setda, "Sekretaris Daerah", PositionClass.JPT_PRATAMA, null, true));
        asisten = holder("Asisten", position(aspem, "Asisten Pemerintahan", PositionClass.JPT_PRATAMA, null, true));
        analisMadya = holder("Analis Madya", position(setdaKjf, "Analis Kebijakan Ahli Madya",
                PositionClass.FUNGSIONAL_KEAHLIAN, FunctionalGrade.AHLI_MADYA, true));
        analisPertama = holder("Analis Pertama", position(setdaKjf, "Analis Kebijakan Ahli Pertama",
                PositionClass.FUNGSIONAL_KEAHLIAN, FunctionalGrade.AHLI_PERTAMA, false));

        OrgUnit dinkes = OrgUnit.rootOf(department("DINKES", UnitType.DINAS), "DINKES", "Dinas Kesehatan");
        OrgUnit yankes = dinkes.addChild("DINKES-YANKES", "Bidang Pelayanan", UnitKind.ORGANISATION_UNIT, null, 2);
        OrgUnit rujukan = yankes.addChild("DINKES-YANKES-RUJ", "Seksi Rujukan", UnitKind.ORGANISATION_UNIT, null, 3);
        OrgUnit kjf = dinkes.addChild("DINKES-KJF", "Kelompok JF", UnitKind.ORGANISATION_UNIT, null, 2);
        OrgUnit pkm = dinkes.addChild("PKM", "Puskesmas Diwek", UnitKind.WORK_UNIT, UnitType.PUSKESMAS, 3);
        kadis = holder("Kadis", position(dinkes, "Kepala Dinas Kesehatan", PositionClass.JPT_PRATAMA, null, true));
        kabid = holder("Kabid", position(yankes, "Kepala Bidang Pelayanan", PositionClass.ADMINISTRATOR, null, true));
        dokterMadya = holder("Dokter", position(yankes, "Dokter Ahli Madya", PositionClass.FUNGSIONAL_KEAHLIAN,
                FunctionalGrade.AHLI_MADYA, false));
        perawat = holder("Perawat", position(yankes, "Perawat Ahli Pertama", PositionClass.FUNGSIONAL_KEAHLIAN,
                FunctionalGrade.AHLI_PERTAMA, false));
        pelaksana = holder("Pelaksana", position(yankes, "Pengadministrasi Perkantoran", PositionClass.PELAKSANA,
                null, false));
        kasi = holder("Kasi", position(rujukan, "Kepala Seksi Rujukan", PositionClass.PENGAWAS, null, true));
        perawatTerampil = holder("Perawat Terampil", position(rujukan, "Perawat Terampil",
                PositionClass.FUNGSIONAL_KETERAMPILAN, FunctionalGrade.TERAMPIL, false));
        epidemiolog = holder("Epidemiolog", position(kjf, "Epidemiolog Kesehatan Ahli Muda",
                PositionClass.FUNGSIONAL_KEAHLIAN, FunctionalGrade.AHLI_MUDA, false));
        kapus = holder("Kapus", position(pkm, "Kepala Puskesmas Diwek", PositionClass.FUNGSIONAL_KEAHLIAN,
                FunctionalGrade.AHLI_MUDA, true));
        bidan = holder("Bidan", position(pkm, "Bidan Terampil", PositionClass.FUNGSIONAL_KETERAMPILAN,
                FunctionalGrade.TERAMPIL, false));

        general = rule("A-GENERAL", null, ASN_CLASSES, null, null, null, AppraiserTarget.directSuperior(), null);
        departmentHeads = rule("B-KEPALA-PD", null, EnumSet.of(PositionClass.JPT_PRATAMA, PositionClass.ADMINISTRATOR),
                null, true, Set.of(1), new AppraiserTarget(AppraiserTargetKind.REGIONAL_HEAD, null), null);
        setdaMadya = rule("C-SETDA-MADYA", EnumSet.of(UnitType.SEKRETARIAT_DAERAH),
                EnumSet.of(PositionClass.FUNGSIONAL_KEAHLIAN), EnumSet.of(FunctionalGrade.AHLI_MADYA), true, Set.of(3),
                new AppraiserTarget(AppraiserTargetKind.REGIONAL_SECRETARY, null), null);
        dinasMadya = rule("D-DINAS-MADYA", EnumSet.of(UnitType.DINAS), EnumSet.of(PositionClass.FUNGSIONAL_KEAHLIAN),
                EnumSet.of(FunctionalGrade.AHLI_MADYA), null, null, AppraiserTarget.headAtLevel(1), null);
        dinasSkilledLevel3 = rule("E-DINAS-TERAMPIL-L3", EnumSet.of(UnitType.DINAS),
                EnumSet.of(PositionClass.FUNGSIONAL_KETERAMPILAN), null, null, Set.of(3),
                AppraiserTarget.headAtLevel(2), null);
    }

    private List<AppraiserRule> allRules() {
        return List.of(general, departmentHeads, setdaMadya, dinasMadya, dinasSkilledLevel3);
    }

    private AppraisalResult derive(Employee appraisee) {
        return derive(appraisee, allRules());
    }

    private AppraisalResult derive(Employee appraisee, List<AppraiserRule> rules) {
        return derivation(1).derive(appraisee, ON, rules, Optional.empty());
    }

    private AppraiserDerivation derivation(int ownerLevel) {
        return new AppraiserDerivation(new InMemoryStructure(positions, employees), ownerLevel);
    }

    @Nested
    class TargetKinds {

        @Test
        void directSuperiorIsTheHeadOfTheOwnUnit() {
            assertAppraiser(kabid, derive(perawat));
            assertAppraiser(kabid, derive(pelaksana));
            assertAppraiser(kasi, derive(perawatTerampil, List.of(general)));
        }

        @Test
        void directSuperiorOfAUnitHeadIsTheHeadOfTheParentUnit() {
            assertAppraiser(kadis, derive(kabid));
            assertAppraiser(kabid, derive(kasi));
            assertAppraiser(sekda, derive(asisten));
        }

        @Test
        void directSuperiorSkipsAUnitWithoutHead() {
            assertAppraiser(kadis, derive(epidemiolog));
        }

        @Test
        void functionalHeadOfAnIndependentUnitRatesItsStaffByDelegation() {
            AppraiserRule puskesmasStaff = rule("P-PKM-STAF", EnumSet.of(UnitType.PUSKESMAS), null, null, false, null,
                    AppraiserTarget.directSuperior(), null);
            puskesmasStaff.select(null, null, null, "uji: tabel peraturan menunjuk Kepala Puskesmas");

            assertAppraiser(kapus, derive(bidan, List.of(general, puskesmasStaff)));
            assertAppraiser(kadis, derive(kapus));
        }

        @Test
        void headAtLevelOneIsTheDepartmentHead() {
            AppraisalResult result = derive(dokterMadya);

            assertAppraiser(kadis, result);
            assertSame(dinasMadya, result.decidingRule().orElseThrow());
        }

        @Test
        void headAtLevelTwoFromALevelThreeUnit() {
            assertAppraiser(kabid, derive(perawatTerampil));
        }

        @Test
        void regionalSecretaryRatesTheFunctionalHeadOfASetdaUnit() {
            assertAppraiser(sekda, derive(analisMadya));
        }

        @Test
        void regionalHeadRatesDepartmentHeads() {
            assertAppraiser(bupati, derive(kadis));
            assertAppraiser(bupati, derive(sekda));
        }
    }

    @Nested
    class Selection {

        @Test
        void moreSpecificRuleBeatsTheGeneralOne() {
            assertEquals(3, dinasMadya.specificity());
            assertEquals(1, general.specificity());

            AppraisalResult result = derive(dokterMadya);

            assertAppraiser(kadis, result);
            assertEquals(List.of(dinasMadya), result.rules());
        }

        @Test
        void withoutTheSpecificRuleTheGeneralOneApplies() {
            assertAppraiser(kabid, derive(dokterMadya, List.of(general, departmentHeads)));
        }

        @Test
        void equallySpecificRulesPointingAtDifferentPositionsAreAmbiguous() {
            AppraiserRule dinasToHead = rule("F-DINAS", EnumSet.of(UnitType.DINAS), null, null, null, null,
                    AppraiserTarget.headAtLevel(1), null);

            AppraisalResult result = derive(perawat, List.of(dinasToHead, general));

            assertEquals(AppraisalProblem.AMBIGUOUS_RULE, result.problem());
            assertNull(result.appraiser());
            assertNull(result.appraiserPosition());
            assertEquals(List.of(general, dinasToHead), result.rules(), "both rules, ordered by code");
            assertTrue(result.decidingRule().isEmpty());
        }

        @Test
        void equallySpecificRulesPointingAtTheSamePositionAreNotAmbiguous() {
            AppraiserRule dinasToLevel2 = rule("F-DINAS", EnumSet.of(UnitType.DINAS), null, null, null, null,
                    AppraiserTarget.headAtLevel(2), null);

            AppraisalResult result = derive(perawat, List.of(general, dinasToLevel2));

            assertAppraiser(kabid, result);
            assertEquals(2, result.rules().size());
        }

        @Test
        void noMatchingRuleIsMissingRule() {
            AppraisalResult result = derive(perawat, List.of(departmentHeads, setdaMadya));

            assertEquals(AppraisalProblem.MISSING_RULE, result.problem());
            assertNull(result.appraiser());
            assertTrue(result.rules().isEmpty());
            assertSame(kabid, result.unitHead(), "the unit head is still known");
        }

        @Test
        void ruleOnUnitTypeUsesTheUnitsOwnTypeOverTheDepartmentType() {
            AppraiserRule puskesmas = rule("P-PKM", EnumSet.of(UnitType.PUSKESMAS),
                    EnumSet.of(PositionClass.FUNGSIONAL_KETERAMPILAN), null, null, null,
                    AppraiserTarget.headAtLevel(1), null);

            assertAppraiser(kadis, derive(bidan, List.of(general, puskesmas)));
            assertAppraiser(kabid, derive(perawat, List.of(general, puskesmas)));
        }
    }

    @Nested
    class Problems {

        @Test
        void vacantAppraiserPositionIsReportedWithThePosition() {
            Position kabidPosition = kabid.placementOn(ON).orElseThrow().getPosition();
            kabid.endPlacement(LocalDate.of(2025, 3, 31));

            AppraisalResult result = derive(perawat);

            assertEquals(AppraisalProblem.VACANT_APPRAISER, result.problem());
            assertSame(kabidPosition, result.appraiserPosition());
            assertNull(result.appraiser());
            assertTrue(result.appraiserIfKnown().isEmpty());
        }

        @Test
        void employeeWithoutPlacementIsNotPlaced() {
            Employee newcomer = Fixtures.pns(government, "Pegawai Baru");
            employees.add(newcomer);

            AppraisalResult result = derive(newcomer);

            assertEquals(AppraisalProblem.NOT_PLACED, result.problem());
            assertNull(result.appraiser());
        }

        @Test
        void employeeIsNotPlacedBeforeTheirFirstPlacement() {
            AppraisalResult result = derivation(1).derive(perawat, START.minusDays(1), allRules(), Optional.empty());

            assertEquals(AppraisalProblem.NOT_PLACED, result.problem());
        }

        @Test
        void departmentHeadUnderTheDirectSuperiorRuleHasNoSuperior() {
            AppraisalResult result = derive(kadis, List.of(general));

            assertEquals(AppraisalProblem.NO_SUPERIOR, result.problem());
            assertNull(result.appraiser());
        }

        @Test
        void ruleThatPointsAtTheAppraiseeThemselfHasNoSuperior() {
            AppraiserRule setdaToSekda = rule("S-SETDA", EnumSet.of(UnitType.SEKRETARIAT_DAERAH), null, null, null,
                    null, new AppraiserTarget(AppraiserTargetKind.REGIONAL_SECRETARY, null), null);

            AppraisalResult result = derive(sekda, List.of(setdaToSekda));

            assertEquals(AppraisalProblem.NO_SUPERIOR, result.problem());
        }

        @Test
        void regionalHeadIsNotAppraised() {
            AppraisalResult result = derive(bupati);

            assertAll(
                    () -> assertFalse(result.isProblem()),
                    () -> assertNull(result.appraiser()),
                    () -> assertNull(result.appraiserPosition()),
                    () -> assertNull(result.unitHead()),
                    () -> assertNull(result.performanceOwner()),
                    () -> assertFalse(result.isOverridden()));
        }
    }

    @Nested
    class Overrides {

        @Test
        void activeOverrideWinsOverTheRules() {
            AppraiserOverride override = new AppraiserOverride(perawat, kasi, "Pendelegasian kewenangan menilai",
                    "admin", NOW);

            AppraisalResult result = derivation(1).derive(perawat, ON, allRules(), Optional.of(override));

            assertAppraiser(kasi, result);
            assertTrue(result.isOverridden());
            assertSame(override, result.override());
            assertSame(kabid, result.unitHead(), "the unit head does not change");
        }

        @Test
        void overrideResolvesAMissingRule() {
            AppraiserOverride override = new AppraiserOverride(perawat, kasi, "Pendelegasian kewenangan menilai",
                    "admin", NOW);

            AppraisalResult result = derivation(1).derive(perawat, ON, List.of(), Optional.of(override));

            assertAppraiser(kasi, result);
        }

        @Test
        void revokedOverrideIsIgnored() {
            AppraiserOverride override = new AppraiserOverride(perawat, kasi, "Pendelegasian kewenangan menilai",
                    "admin", NOW);
            override.revoke("admin", NOW.plusDays(1));

            AppraisalResult result = derivation(1).derive(perawat, ON, allRules(), Optional.of(override));

            assertAppraiser(kabid, result);
            assertFalse(result.isOverridden());
        }

        @Test
        void overrideOfOneselfIsRefused() {
            Fixtures.assertRefused("override.self",
                    () -> new AppraiserOverride(perawat, perawat, "Pendelegasian kewenangan menilai", "admin", NOW));
        }

        @Test
        void overrideNeedsAReason() {
            Fixtures.assertRefused("override.reasonRequired",
                    () -> new AppraiserOverride(perawat, kasi, "  singkat  ", "admin", NOW));
        }

        @Test
        void overrideCannotBeRevokedTwice() {
            AppraiserOverride override = new AppraiserOverride(perawat, kasi, "Pendelegasian kewenangan menilai",
                    "admin", NOW);
            override.revoke("admin", NOW);

            Fixtures.assertRefused("override.alreadyRevoked", () -> override.revoke("admin", NOW));
        }
    }

    @Nested
    class UnitHeadAndOwner {

        @Test
        void unitHeadAndAppraiserMayDiffer() {
            AppraisalResult dokter = derive(dokterMadya);
            AppraisalResult analis = derive(analisMadya);

            assertSame(kadis, dokter.appraiser());
            assertSame(kabid, dokter.unitHead());
            assertSame(sekda, analis.appraiser());
            assertSame(asisten, analis.unitHead());
        }

        @Test
        void unitHeadOfStaffIsTheHeadOfTheirUnit() {
            assertSame(kabid, derive(perawat).unitHead());
            assertSame(kasi, derive(perawatTerampil).unitHead());
            assertSame(analisMadya, derive(analisPertama).unitHead());
        }

        @Test
        void performanceOwnerDefaultsToTheLevelOneHead() {
            assertSame(kadis, derive(perawatTerampil).performanceOwner());
            assertSame(kadis, derive(kabid).performanceOwner());
            assertSame(sekda, derive(analisPertama).performanceOwner());
        }

        @Test
        void performanceOwnerLevelComesFromThePolicy() {
            AppraisalResult result = derivation(2).derive(perawatTerampil, ON, allRules(), Optional.empty());

            assertSame(kabid, result.performanceOwner());
            assertSame(kabid, result.appraiser());
        }

        @Test
        void ruleMayNameThePerformanceOwner() {
            AppraiserRule withOwner = rule("O-OWNER", EnumSet.of(UnitType.DINAS),
                    EnumSet.of(PositionClass.FUNGSIONAL_KETERAMPILAN), null, null, Set.of(3),
                    AppraiserTarget.directSuperior(), AppraiserTarget.headAtLevel(2));

            AppraisalResult result = derive(perawatTerampil, List.of(general, withOwner));

            assertSame(kasi, result.appraiser());
            assertSame(kabid, result.performanceOwner());
        }
    }

    @Nested
    class OverTime {

        @Test
        void appraiserIsWhoeverHoldsTheHeadPositionOnTheDate() {
            Position kabidPosition = kabid.placementOn(ON).orElseThrow().getPosition();
            Position elsewhere = position(kabidPosition.getUnit().getParent(), "Analis Kebijakan Ahli Madya",
                    PositionClass.FUNGSIONAL_KEAHLIAN, FunctionalGrade.AHLI_MADYA, false);
            kabid.placeIn(elsewhere, LocalDate.of(2025, 7, 1), "Rotasi");
            Employee newKabid = Fixtures.pns(government, "Kabid Baru");
            newKabid.placeIn(kabidPosition, LocalDate.of(2025, 7, 1), "Pelantikan");
            employees.add(newKabid);

            AppraiserDerivation derivation = derivation(1);
            assertSame(kabid, derivation.derive(perawat, LocalDate.of(2025, 6, 30), allRules(), Optional.empty())
                    .appraiser());
            assertSame(newKabid, derivation.derive(perawat, LocalDate.of(2025, 7, 1), allRules(), Optional.empty())
                    .appraiser());
        }
    }

    // ---- structure models per Bagian (KU Lampiran I huruf B angka 1), unit head, delegation

    /**
     * Two Bagian of the Setda under the Asisten, each with a Subbagian: Bagian Umum applies Model 4
     * (the Kabag rates the staff of the Subbagian, the Kasubbag gives the work), Bagian Perekonomian
     * Model 2 (the Sekda rates the Kabag, the Asisten gives him the work); the others keep Models 3 and 5.
     */
    @Nested
    class StructureModelsPerUnit {

        private OrgUnit umum;
        private Employee kabagUmum;
        private Employee kasubbagTu;
        private Employee pengadministrasi;
        private Employee kabagEko;
        private Employee kasubbagSda;
        private Employee penata;
        private AppraiserRule model2;
        private AppraiserRule model3;
        private AppraiserRule model4;
        private AppraiserRule model5;

        @BeforeEach
        void bagian() {
            OrgUnit aspem = asisten.placementOn(ON).orElseThrow().getPosition().getUnit();
            umum = aspem.addChild("SETDA-UMUM", "Bagian Umum", UnitKind.ORGANISATION_UNIT, null, 3);
            OrgUnit tu = umum.addChild("SETDA-UMUM-TU", "Subbagian Tata Usaha", UnitKind.ORGANISATION_UNIT, null, 4);
            OrgUnit eko = aspem.addChild("SETDA-EKO", "Bagian Perekonomian", UnitKind.ORGANISATION_UNIT, null, 3);
            OrgUnit sda = eko.addChild("SETDA-EKO-SDA", "Subbagian SDA", UnitKind.ORGANISATION_UNIT, null, 4);
            umum.tagStructureModels(Set.of("SETDA-M4"));
            eko.tagStructureModels(Set.of("SETDA-M2"));
            kabagUmum = holder("Kabag Umum", position(umum, "Kepala Bagian Umum", PositionClass.ADMINISTRATOR, null, true));
            kasubbagTu = holder("Kasubbag TU", position(tu, "Kepala Subbagian TU", PositionClass.PENGAWAS, null, true));
            pengadministrasi = holder("Pengadministrasi", position(tu, "Pengadministrasi Perkantoran",
                    PositionClass.PELAKSANA, null, false));
            kabagEko = holder("Kabag Eko", position(eko, "Kepala Bagian Perekonomian", PositionClass.ADMINISTRATOR,
                    null, true));
            kasubbagSda = holder("Kasubbag SDA", position(sda, "Kepala Subbagian SDA", PositionClass.PENGAWAS, null,
                    true));
            penata = holder("Penata", position(sda, "Penata Layanan Operasional", PositionClass.PELAKSANA, null, false));

            Set<UnitType> setda = EnumSet.of(UnitType.SEKRETARIAT_DAERAH);
            Set<PositionClass> staff = EnumSet.of(PositionClass.FUNGSIONAL_KEAHLIAN,
                    PositionClass.FUNGSIONAL_KETERAMPILAN, PositionClass.PELAKSANA);
            model3 = rule("M3", setda, EnumSet.of(PositionClass.ADMINISTRATOR), null, true, Set.of(3),
                    AppraiserTarget.headAtLevel(2), null);
            model2 = rule("M2", setda, EnumSet.of(PositionClass.ADMINISTRATOR), null, true, Set.of(3),
                    new AppraiserTarget(AppraiserTargetKind.REGIONAL_SECRETARY, null), null);
            model2.select(null, Set.of("SETDA-M2"), AppraiserTarget.headAtLevel(2), null);
            model5 = rule("M5", setda, staff, null, false, Set.of(4), AppraiserTarget.headAtLevel(4), null);
            model4 = rule("M4", setda, staff, null, false, Set.of(4), AppraiserTarget.headAtLevel(3), null);
            model4.select(null, Set.of("SETDA-M4"), AppraiserTarget.headAtLevel(4), null);
        }

        private List<AppraiserRule> models() {
            return List.of(general, model2, model3, model4, model5);
        }

        @Test
        void model4InOneBagianTheKabagRatesAndTheKasubbagGivesTheWork() {
            AppraisalResult result = derive(pengadministrasi, models());

            assertAppraiser(kabagUmum, result);
            assertSame(kasubbagTu, result.unitHead());
            assertEquals(List.of(model4), result.rules());
        }

        @Test
        void model5ElsewhereTheKasubbagRatesAndGivesTheWork() {
            AppraisalResult result = derive(penata, models());

            assertAppraiser(kasubbagSda, result);
            assertSame(kasubbagSda, result.unitHead());
            assertEquals(List.of(model5), result.rules());
        }

        @Test
        void model2TheSekdaRatesTheKabagAndTheAsistenGivesTheWork() {
            AppraisalResult result = derive(kabagEko, models());

            assertAppraiser(sekda, result);
            assertSame(asisten, result.unitHead());
            assertEquals(List.of(model2), result.rules());
        }

        @Test
        void model3ElsewhereTheAsistenRatesTheKabag() {
            AppraisalResult result = derive(kabagUmum, models());

            assertAppraiser(asisten, result);
            assertSame(asisten, result.unitHead());
            assertEquals(List.of(model3), result.rules());
        }

        @Test
        void aRuleThatSelectsTheUnitBeatsOneWithMoreCriteria() {
            AppraiserRule everything = rule("M5-FULL", EnumSet.of(UnitType.SEKRETARIAT_DAERAH),
                    EnumSet.of(PositionClass.PELAKSANA), null, false, Set.of(4), AppraiserTarget.headAtLevel(4),
                    null);
            AppraiserRule onlyUnit = rule("M4-UNIT", null, null, null, null, null, AppraiserTarget.headAtLevel(3),
                    null);
            onlyUnit.select(Set.of("SETDA-UMUM-TU"), null, null, null);

            assertTrue(onlyUnit.specificity() > everything.specificity());
            assertAppraiser(kabagUmum, derive(pengadministrasi, List.of(everything, onlyUnit)));
            assertAppraiser(kasubbagSda, derive(penata, List.of(everything, onlyUnit)), "other units keep theirs");
        }

        @Test
        void aUnitCodeSelectsThatUnitAndItsSubtreeButNoUnitWhoseCodeMerelyStartsTheSame() {
            AppraiserRule byCode = rule("U-UMUM", null, EnumSet.of(PositionClass.PELAKSANA), null, null, null,
                    AppraiserTarget.headAtLevel(3), null);
            byCode.select(Set.of("SETDA-UMUM"), null, null, null);
            AppraiserRule byPrefixOfACode = rule("U-UM", null, EnumSet.of(PositionClass.PELAKSANA), null, null, null,
                    AppraiserTarget.headAtLevel(3), null);
            byPrefixOfACode.select(Set.of("SETDA-UM"), null, null, null);

            assertTrue(byCode.matches(pengadministrasi.placementOn(ON).orElseThrow().getPosition()));
            assertFalse(byCode.matches(penata.placementOn(ON).orElseThrow().getPosition()));
            assertFalse(byPrefixOfACode.matches(pengadministrasi.placementOn(ON).orElseThrow().getPosition()));
        }

        @Test
        void aSubunitsOwnTagReplacesTheInheritedOne() {
            OrgUnit tu = kasubbagTu.placementOn(ON).orElseThrow().getPosition().getUnit();
            assertEquals(Set.of("SETDA-M4"), tu.effectiveStructureModels(), "inherited from the Bagian");

            tu.tagStructureModels(Set.of("SETDA-M5"));

            assertEquals(Set.of("SETDA-M5"), tu.effectiveStructureModels());
            AppraisalResult result = derive(pengadministrasi, models());
            assertAppraiser(kasubbagTu, result);
            assertEquals(List.of(model5), result.rules());
        }

        @Test
        void twoUnitRulesOfEqualSpecificityThatDisagreeAreAProblem() {
            AppraiserRule other = rule("M4-OTHER", EnumSet.of(UnitType.SEKRETARIAT_DAERAH),
                    EnumSet.of(PositionClass.FUNGSIONAL_KEAHLIAN, PositionClass.FUNGSIONAL_KETERAMPILAN,
                            PositionClass.PELAKSANA), null, false, Set.of(4), AppraiserTarget.headAtLevel(2), null);
            other.select(null, Set.of("SETDA-M4"), null, null);

            AppraisalResult result = derive(pengadministrasi, List.of(model4, model5, other));

            assertEquals(AppraisalProblem.AMBIGUOUS_RULE, result.problem());
            assertNull(result.appraiser());
        }
    }

    @Nested
    class UnitHeadTarget {

        @Test
        void aRuleMayNameWhoGivesTheWorkApartFromTheTreeSuperior() {
            AppraiserRule kabidAssigns = rule("H-KABID", EnumSet.of(UnitType.DINAS),
                    EnumSet.of(PositionClass.FUNGSIONAL_KETERAMPILAN), null, false, Set.of(3),
                    AppraiserTarget.directSuperior(), null);
            kabidAssigns.select(null, null, AppraiserTarget.headAtLevel(2), null);

            AppraisalResult result = derive(perawatTerampil, List.of(general, kabidAssigns));

            assertAppraiser(kasi, result);
            assertSame(kabid, result.unitHead(), "the rule's unit head, not the Kasi above him in the tree");
        }

        @Test
        void withoutSuchARuleTheUnitHeadIsTheTreeSuperior() {
            assertSame(kasi, derive(perawatTerampil, List.of(general)).unitHead());
        }

        @Test
        void equallySpecificRulesNamingDifferentUnitHeadsAreAProblem() {
            AppraiserRule kabidAssigns = rule("H-1", EnumSet.of(UnitType.DINAS), null, null, null, Set.of(3),
                    AppraiserTarget.directSuperior(), null);
            kabidAssigns.select(null, null, AppraiserTarget.headAtLevel(2), null);
            AppraiserRule kadisAssigns = rule("H-2", EnumSet.of(UnitType.DINAS), null, null, null, Set.of(3),
                    AppraiserTarget.directSuperior(), null);
            kadisAssigns.select(null, null, AppraiserTarget.headAtLevel(1), null);

            AppraisalResult result = derive(perawatTerampil, List.of(kabidAssigns, kadisAssigns));

            assertEquals(AppraisalProblem.AMBIGUOUS_RULE, result.problem());
            assertNull(result.appraiser());
            assertNull(result.unitHead(), "never a guess");
        }

        @Test
        void anOverrideChangesTheAppraiserNotWhoGivesTheWork() {
            AppraiserRule kabidAssigns = rule("H-KABID", EnumSet.of(UnitType.DINAS), null, null, false, Set.of(3),
                    AppraiserTarget.directSuperior(), null);
            kabidAssigns.select(null, null, AppraiserTarget.headAtLevel(2), null);
            AppraiserOverride override = new AppraiserOverride(perawatTerampil, kadis, "uji: penilai ditetapkan manual",
                    "admin", NOW);

            AppraisalResult result = derivation(1).derive(perawatTerampil, ON, List.of(general, kabidAssigns),
                    Optional.of(override));

            assertSame(kadis, result.appraiser());
            assertSame(kabid, result.unitHead());
        }
    }

    @Nested
    class Delegation {

        @Test
        void aFunctionalHeadWithoutRecordedDelegationIsAProblemNotAnAppraiser() {
            AppraisalResult bidanResult = derive(bidan, List.of(general));
            AppraisalResult analisResult = derive(analisPertama, List.of(general));

            assertEquals(AppraisalProblem.UNDELEGATED_APPRAISER, bidanResult.problem());
            assertNull(bidanResult.appraiser());
            assertSame(kapus.placementOn(ON).orElseThrow().getPosition(), bidanResult.appraiserPosition(),
                    "the admin sees whom the rule names");
            assertSame(kapus, bidanResult.unitHead(), "he still gives the work");
            assertEquals(AppraisalProblem.UNDELEGATED_APPRAISER, analisResult.problem());
        }

        @Test
        void aRecordedDelegationMakesTheFunctionalHeadTheAppraiser() {
            AppraiserRule delegated = rule("D-PKM", EnumSet.of(UnitType.PUSKESMAS), null, null, false, null,
                    AppraiserTarget.directSuperior(), null);
            delegated.select(null, null, null, "Keputusan Kepala Dinas (uji)");

            AppraisalResult result = derive(bidan, List.of(general, delegated));

            assertAppraiser(kapus, result);
            assertEquals("Keputusan Kepala Dinas (uji)", result.decidingRule().orElseThrow().getDelegationBasis());
        }

        @Test
        void theSupervisorySuperiorSkipsFunctionalHeadsWhoStillGiveTheWork() {
            AppraiserRule supervisory = rule("S-ATASAN", null, ASN_CLASSES, null, null, null,
                    new AppraiserTarget(AppraiserTargetKind.SUPERVISORY_SUPERIOR, null), null);

            AppraisalResult bidanResult = derive(bidan, List.of(supervisory));
            AppraisalResult analisResult = derive(analisPertama, List.of(supervisory));

            assertAppraiser(kadis, bidanResult);
            assertSame(kapus, bidanResult.unitHead());
            assertAppraiser(asisten, analisResult);
            assertSame(analisMadya, analisResult.unitHead());
            assertAppraiser(kasi, derive(perawatTerampil, List.of(supervisory)), "a Pengawas rates as before");
        }

        @Test
        void managerialPositionsNeedNoDelegation() {
            for (PositionClass c : PositionClass.values()) {
                Position p = new Position(kadis.placementOn(ON).orElseThrow().getPosition().getUnit(), "x", c,
                        c.isFunctional() ? (c == PositionClass.FUNGSIONAL_KEAHLIAN ? FunctionalGrade.AHLI_MUDA
                                : FunctionalGrade.TERAMPIL) : null, false, 1);
                assertEquals(c.isManagerial(), AppraiserDerivation.mayAppraiseWithoutDelegation(p), c.name());
            }
        }
    }

    // ---- building the structure

    private Department department(String code, UnitType type) {
        return new Department(government, code, code, type);
    }

    private Position position(OrgUnit unit, String title, PositionClass positionClass, FunctionalGrade grade,
                              boolean heads) {
        Position position = new Position(unit, title, positionClass, grade, heads, 1);
        positions.add(position);
        return position;
    }

    private Employee holder(String name, Position position) {
        Employee employee = Fixtures.placed(name, position, START);
        employees.add(employee);
        return employee;
    }

    private AppraiserRule rule(String code, Set<UnitType> types, Set<PositionClass> classes,
                               Set<FunctionalGrade> grades, Boolean heads, Set<Integer> levels,
                               AppraiserTarget appraiser, AppraiserTarget owner) {
        AppraiserRule rule = new AppraiserRule(government, code);
        rule.define(types, classes, grades, heads, levels, appraiser, owner, "uji: " + code);
        return rule;
    }

    private static void assertAppraiser(Employee expected, AppraisalResult result, String why) {
        assertSame(expected, result.appraiser(), () -> why + ": " + result.problem());
        assertAppraiser(expected, result);
    }

    private static void assertAppraiser(Employee expected, AppraisalResult result) {
        assertNull(result.problem(), () -> "problem " + result.problem() + " for rules " + result.rules());
        assertSame(expected, result.appraiser(),
                () -> "expected " + expected.getName() + " but was "
                        + (result.appraiser() == null ? "nobody" : result.appraiser().getName()));
        assertSame(expected.placementOn(ON).orElseThrow().getPosition(), result.appraiserPosition());
    }
}
