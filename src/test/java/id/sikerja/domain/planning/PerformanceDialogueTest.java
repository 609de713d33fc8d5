package id.sikerja.domain.planning;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static id.sikerja.domain.organisation.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PerformanceDialogueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    private PerformanceDialogue dialogue(String type, DialogueStage stage, Set<Long> people, LocalDate on, String agreed) {
        return new PerformanceDialogue(1, type, 42, on, stage, people, 10, agreed, null, null, "Cek bulanan", TODAY);
    }

    @Test
    void recordsAPlanningDialogueAboutAnSkp() {
        PerformanceDialogue d = dialogue("SKP", DialogueStage.PLANNING, Set.of(30L), TODAY, "Laporan tiap bulan");

        assertTrue(d.isPlanningDialogueOf(42));
        assertFalse(d.isPlanningDialogueOf(43));
        assertEquals(Set.of(30L, 10L), d.getParticipantIds(), "the one recording takes part");
    }

    @Test
    void onlyAPlanningStageDialogueCountsForApproval() {
        assertFalse(dialogue("SKP", DialogueStage.EXECUTION, Set.of(30L), TODAY, "x").isPlanningDialogueOf(42));
        assertFalse(dialogue("TEAM", DialogueStage.PLANNING, Set.of(30L), TODAY, "x").isPlanningDialogueOf(42));
    }

    @Test
    void refusesIncompleteRecords() {
        assertRefused("dialogue.subjectInvalid", () -> dialogue("UNIT", DialogueStage.PLANNING, Set.of(30L), TODAY, "x"));
        assertRefused("dialogue.dateInvalid", () -> dialogue("SKP", DialogueStage.PLANNING, Set.of(30L), TODAY.plusDays(1), "x"));
        assertRefused("dialogue.dateInvalid", () -> dialogue("SKP", DialogueStage.PLANNING, Set.of(30L), null, "x"));
        assertRefused("dialogue.stageRequired", () -> dialogue("SKP", null, Set.of(30L), TODAY, "x"));
        assertRefused("dialogue.participantsRequired", () -> dialogue("SKP", DialogueStage.PLANNING, Set.of(10L), TODAY, "x"));
        assertRefused("dialogue.agreementRequired", () -> dialogue("SKP", DialogueStage.PLANNING, Set.of(30L), TODAY, " "));
    }

    @Test
    void assignmentsAndTeamsCanBeSubjects() {
        assertEquals("ASSIGNMENT", dialogue("ASSIGNMENT", DialogueStage.EXECUTION, Set.of(30L), TODAY, "x").getSubjectType());
        assertEquals("TEAM", dialogue("TEAM", DialogueStage.EVALUATION, Set.of(30L), TODAY, "x").getSubjectType());
    }
}
