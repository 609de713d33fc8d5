package id.sikerja.domain.policy;

import id.sikerja.domain.organisation.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.EnumSet;
import java.util.Set;

import static id.sikerja.domain.organisation.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyProfileTest {

    private final PolicyProfile profile = new PolicyProfile(Fixtures.government("TEST"));

    private void configure(int ownerLevel, Set<WorkTeamKind> kinds) {
        profile.configure(ownerLevel, LetterSigner.PERFORMANCE_OWNER, CrossDepartmentApproval.REGIONAL_SECRETARY,
                LeadSelection.NOMINATION_TO_SECRETARY, true, false, kinds, true, true, true, "oneGroupPerLead: KL Pasal 27");
    }

    @Test
    void defaultsAreTheCommonVariant() {
        assertEquals(1, profile.getPerformanceOwnerLevel());
        assertEquals(EnumSet.of(WorkTeamKind.TIM_KERJA), profile.getGroupKinds());
        assertEquals(LetterSigner.DEPARTMENT_HEAD_DECREE, profile.getAssignmentLetterSigner());
        assertEquals(LeadSelection.BY_HEAD, profile.getLeadSelection());
        assertFalse(profile.isOneGroupPerLead());
    }

    @Test
    void configureSetsEveryVariant() {
        configure(2, EnumSet.of(WorkTeamKind.KELOMPOK_KERJA, WorkTeamKind.TIM_AD_HOC));

        assertEquals(2, profile.getPerformanceOwnerLevel());
        assertEquals(LetterSigner.PERFORMANCE_OWNER, profile.getAssignmentLetterSigner());
        assertEquals(CrossDepartmentApproval.REGIONAL_SECRETARY, profile.getCrossDepartmentApproval());
        assertEquals(LeadSelection.NOMINATION_TO_SECRETARY, profile.getLeadSelection());
        assertTrue(profile.isOneGroupPerLead());
        assertFalse(profile.isTechnicalLeadRoles());
        assertTrue(profile.isRequirePlanningDialogue());
        assertTrue(profile.isVolunteerNeedsAnnouncement());
        assertTrue(profile.isExtraAllowanceReport());
        assertEquals("oneGroupPerLead: KL Pasal 27", profile.getCitations());
    }

    @Test
    void groupKindsRoundTrip() {
        for (Set<WorkTeamKind> kinds : Set.of(EnumSet.of(WorkTeamKind.TIM_KERJA),
                EnumSet.of(WorkTeamKind.KELOMPOK_KERJA, WorkTeamKind.TIM_AD_HOC), EnumSet.allOf(WorkTeamKind.class))) {
            configure(1, kinds);

            assertEquals(kinds, profile.getGroupKinds());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5})
    void ownerLevelFromOneToFiveIsAccepted(int level) {
        configure(level, EnumSet.of(WorkTeamKind.TIM_KERJA));

        assertEquals(level, profile.getPerformanceOwnerLevel());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 6})
    void ownerLevelOutsideOneToFiveIsRefused(int level) {
        assertRefused("policy.ownerLevelInvalid", () -> configure(level, EnumSet.of(WorkTeamKind.TIM_KERJA)));
        assertEquals(1, profile.getPerformanceOwnerLevel());
    }

    @Test
    void atLeastOneGroupKind() {
        assertRefused("policy.groupKindRequired", () -> configure(1, EnumSet.noneOf(WorkTeamKind.class)));
        assertRefused("policy.groupKindRequired", () -> configure(1, null));
        assertEquals(EnumSet.of(WorkTeamKind.TIM_KERJA), profile.getGroupKinds());
    }

    @Test
    void everyChoiceIsRequired() {
        Set<WorkTeamKind> kinds = EnumSet.of(WorkTeamKind.TIM_KERJA);
        assertRefused("policy.valueRequired", () -> profile.configure(1, null, CrossDepartmentApproval.NOT_PROVIDED,
                LeadSelection.BY_HEAD, false, false, kinds, false, false, false, null));
        assertRefused("policy.valueRequired", () -> profile.configure(1, LetterSigner.UNIT_HEAD, null,
                LeadSelection.BY_HEAD, false, false, kinds, false, false, false, null));
        assertRefused("policy.valueRequired", () -> profile.configure(1, LetterSigner.UNIT_HEAD,
                CrossDepartmentApproval.NOT_PROVIDED, null, false, false, kinds, false, false, false, null));
    }

    @Test
    void refusedConfigurationChangesNothing() {
        configure(3, EnumSet.of(WorkTeamKind.KELOMPOK_KERJA));

        assertRefused("policy.ownerLevelInvalid", () -> profile.configure(9, LetterSigner.UNIT_HEAD,
                CrossDepartmentApproval.NOT_PROVIDED, LeadSelection.BY_HEAD, false, false,
                EnumSet.of(WorkTeamKind.TIM_KERJA), false, false, false, null));

        assertEquals(3, profile.getPerformanceOwnerLevel());
        assertEquals(LetterSigner.PERFORMANCE_OWNER, profile.getAssignmentLetterSigner());
        assertEquals(EnumSet.of(WorkTeamKind.KELOMPOK_KERJA), profile.getGroupKinds());
    }

    @Test
    void letterNumbersFollowTheGovernmentsLayout() {
        java.time.LocalDate march = java.time.LocalDate.of(2026, 3, 9);
        assertEquals("800/007/DINKES/2026", profile.formatLetterNumber(7, "ST", "DINKES", march));

        profile.configurePlanning(false, false, "094/{seq}/{kind}/{dept}/{month}/{year}");
        assertEquals("094/012/ST/BAPPEDA/III/2026", profile.formatLetterNumber(12, "ST", "BAPPEDA", march));
        assertEquals("094/1234/SK/XII/2026", profile.formatLetterNumber(1234, "SK", null,
                java.time.LocalDate.of(2026, 12, 31)));
    }

    /** PS Lampiran II: "NOMOR : 800/ /423...../20.....", the Perangkat Daerah's code after 423. */
    @Test
    void pasuruansSuratTugasNumberFollowsLampiranII() {
        profile.configurePlanning(false, false, "800/{seq}/423.{dept}/{year}");

        assertEquals("800/004/423.DINKES/2026", profile.formatLetterNumber(4, "ST", "DINKES",
                java.time.LocalDate.of(2026, 5, 4)));
        assertEquals("800/004/423/2026", profile.formatLetterNumber(4, "ST", null, java.time.LocalDate.of(2026, 5, 4)),
                "a letter of the whole government leaves no dangling dot");
    }

    @Test
    void aLetterLayoutWithoutTheRunningNumberIsRefusedAndTheOldOneStays() {
        profile.configurePlanning(true, true, "800.1/{seq}/{dept}/{year}");

        assertRefused("policy.letterPatternInvalid", () -> profile.configurePlanning(false, false, "800/{dept}/{year}"));
        assertRefused("policy.letterPatternInvalid", () -> profile.configurePlanning(false, false,
                "{seq}" + "x".repeat(120)));

        assertEquals("800.1/{seq}/{dept}/{year}", profile.getLetterNumberPattern());
        assertTrue(profile.isTargetsDeclareWorkMode());
        assertTrue(profile.isLeadsSignAgreement());
        profile.configurePlanning(false, false, "  ");
        assertEquals(PolicyProfile.DEFAULT_LETTER_NUMBER_PATTERN, profile.getLetterNumberPattern());
    }

    /** KL Pasal 1 angka 24 as data: who may sign a team decree per kind, and when the year-end round opens. */
    @Test
    void decreeSignersPerKindAreDataAndValidated() {
        assertTrue(profile.getDecreeSigners().isEmpty(), "by default every kind keeps its usual signer");
        profile.configureTeamDecrees(" KELOMPOK_KERJA = DEPARTMENT_HEAD, OWNER_UNIT_HEAD ;TIM_AD_HOC=OWNER_UNIT_HEAD", 11);
        assertEquals(java.util.List.of(DecreeSigner.DEPARTMENT_HEAD, DecreeSigner.OWNER_UNIT_HEAD),
                profile.getDecreeSigners().get(WorkTeamKind.KELOMPOK_KERJA));
        assertEquals("KELOMPOK_KERJA=DEPARTMENT_HEAD,OWNER_UNIT_HEAD;TIM_AD_HOC=OWNER_UNIT_HEAD",
                profile.getDecreeSignersText());
        assertEquals(11, profile.getYearEndNominationMonth());
        assertRefused("policy.decreeSignersInvalid", () -> profile.configureTeamDecrees("KELOMPOK_KERJA=BUPATI", 10));
        assertRefused("policy.decreeSignersInvalid", () -> profile.configureTeamDecrees("KELOMPOK_KERJA=", 10));
        assertRefused("policy.decreeSignersInvalid", () -> profile.configureTeamDecrees("TIM=OWNER_UNIT_HEAD", 10));
        assertRefused("policy.nominationMonthInvalid", () -> profile.configureTeamDecrees("", 13));
        assertEquals(11, profile.getYearEndNominationMonth(), "a refused change changes nothing");
        assertEquals(2, profile.getDecreeSigners().size());
    }
}
