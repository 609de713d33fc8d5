package id.sikerja.domain.workflow;

import id.sikerja.domain.workflow.SubjectType;
import org.junit.jupiter.api.Test;

import static id.sikerja.domain.organisation.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InboxTaskTest {

    @Test
    void aTaskIsOpenUntilItsStepIsTakenOnce() {
        InboxTask task = new InboxTask(1, 7, SubjectType.SKP, 12, "skp.approve", "SKP 2026 — Siti", "/plan/skp.xhtml?id=12");
        assertTrue(task.isOpen());

        task.complete("klaten.kabid");

        assertFalse(task.isOpen());
        assertEquals("klaten.kabid", task.getDoneBy());
        assertNotNull(task.getDoneAt());
        assertRefused("inbox.alreadyDone", () -> task.complete("klaten.kadis"));
        assertEquals("klaten.kabid", task.getDoneBy());
    }

    @Test
    void aLongTitleIsCutToTheColumnSize() {
        InboxTask task = new InboxTask(1, 7, SubjectType.SKP, 12, "skp.approve", "x".repeat(400), "/x");
        assertEquals(300, task.getTitle().length());
    }

    @Test
    void anAuditEntryKeepsNoBlankReason() {
        AuditEntry entry = new AuditEntry(1, "klaten.kabid", 5L, SubjectType.SKP, 12, "skp.return", "SUBMITTED", "RETURNED",
                "   ");
        assertEquals(null, entry.getReason());
        AuditEntry withReason = new AuditEntry(1, "klaten.kabid", 5L, SubjectType.SKP, 12, "skp.return", "SUBMITTED",
                "RETURNED", "  Target kurang terukur ");
        assertEquals("Target kurang terukur", withReason.getReason());
    }
}
