package id.sikerja.browser;

import id.sikerja.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.util.List;

import static id.sikerja.browser.PlanPages.AGREEMENT_STATE;
import static id.sikerja.browser.PlanPages.SKP_STATE;
import static id.sikerja.browser.PlanPages.click;
import static id.sikerja.browser.PlanPages.navigate;
import static id.sikerja.browser.PlanPages.text;
import static id.sikerja.browser.PlanPages.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end in Kota Pasuruan (planning dialogue required, work mode per target): the Kabid writes a
 * performance agreement, the Kepala Dinas signs it, the Kabid cascades it in the matrix, the team
 * lead records the planning dialogue, fills and submits the SKP, the Kabid (the appraiser) returns it
 * once with a note, the team lead fixes and resubmits, and the Kabid approves.
 */
@ExtendWith(ArquillianExtension.class)
class PlanningBrowserIT extends BrowserTestBase {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    private void switchTo(String username) {
        open("login.xhtml");
        driver.manage().deleteAllCookies();
        login(username);
    }

    private static final int YEAR = LocalDate.now().getYear();

    @Test
    void agreementCascadeSkpReturnedOnceThenApproved() {
        // 1. the Kabid writes next year's agreement (this year's comes approved with the demo data) and submits it
        int nextYear = YEAR + 1;
        login("pasuruan.kabid");
        open("plan/agreements.xhtml");
        script("PrimeFaces.widgets['widget_startForm_year'].setValue(arguments[0]);", nextYear);
        navigate(this, By.id("startForm:start"));
        assertTrue(text(this, By.tagName("main")).contains(String.valueOf(nextYear)));
        assertEquals(msg("agreement.state.DRAFT"), text(this, AGREEMENT_STATE));
        String agreementUrl = driver.getCurrentUrl();
        PlanPages.fillAgreementRow(this, 0, "Meningkatnya mutu pelayanan kesehatan rujukan",
                "Persentase puskesmas terakreditasi paripurna", "80", "%", "TEAM");
        click(this, By.id("content:submit"));
        assertEquals(msg("agreement.state.SUBMITTED"), text(this, AGREEMENT_STATE), () -> PlanPages.messages().toString());

        // 2. the Kepala Dinas signs it from the inbox
        switchTo("pasuruan.kadis");
        PlanPages.followInbox(this, "agreement.approve");
        click(this, By.id("decide:approve"));
        assertEquals(msg("agreement.state.APPROVED"), text(this, AGREEMENT_STATE), () -> PlanPages.messages().toString());

        // 3. the Kabid cascades it: every person below gets the result in an SKP draft
        switchTo("pasuruan.kabid");
        driver.get(agreementUrl);
        navigate(this, By.id("matrixLink"));
        assertTrue(text(this, By.id("uncovered")).contains("Persentase puskesmas terakreditasi paripurna"));
        List<WebElement> cells = driver.findElements(By.cssSelector("textarea.cell"));
        assertFalse(cells.isEmpty(), "the Kabid has people below");
        for (int i = 0; i < cells.size(); i++) {
            cells.get(i).sendKeys("Terlaksananya pendampingan akreditasi puskesmas " + (i + 1));
        }
        click(this, By.id("matrix:saveMatrix"));
        assertEquals(List.of(msg("agreement.matrixSaved", cells.size(), cells.size(), 0)), PlanPages.messages());
        assertTrue(text(this, By.id("uncovered")).contains(msg("agreement.allCovered")));

        // 4. the team lead records the planning dialogue, fills the annex and submits
        switchTo("pasuruan.ketua");
        open("plan/skps.xhtml");
        navigate(this, By.cssSelector("#mine a.open-skp"));
        assertEquals(msg("skp.state.DRAFT"), text(this, SKP_STATE));
        assertTrue(text(this, By.id("resultsForm:results")).contains("Persentase puskesmas terakreditasi paripurna"),
                "the cascaded result names the superior's indicator it supports");
        assertFalse(driver.findElements(By.id("dialogueMissing")).isEmpty(), "Pasuruan asks for a planning dialogue");
        type(this, By.id("subjectDialogueForm:expectations"), "Pendampingan akreditasi di 8 puskesmas");
        type(this, By.id("subjectDialogueForm:resources"), "Kendaraan dinas dan anggaran DPA");
        navigate(this, By.id("subjectDialogueForm:recordDialogue"));
        assertEquals(List.of(msg("dialogue.recorded")), PlanPages.messages());
        assertTrue(driver.findElements(By.id("dialogueMissing")).isEmpty());
        driver.findElement(By.cssSelector("textarea.annex-RESOURCE")).sendKeys("Kendaraan dinas");
        click(this, By.id("annexForm:saveAnnex"));
        click(this, By.id("actions:submit"));
        assertEquals(msg("skp.state.SUBMITTED"), text(this, SKP_STATE), () -> PlanPages.messages().toString());

        // 5. the appraiser returns it once with a note (the demo's SKP of this year waits in the same inbox)
        switchTo("pasuruan.kabid");
        PlanPages.followInbox(this, "skp.approve", "SKP " + nextYear);
        type(this, By.id("actions:notes"), "Tambahkan hasil kerja tentang laporan bulanan");
        click(this, By.id("actions:return"));
        assertEquals(msg("skp.state.RETURNED"), text(this, SKP_STATE));

        // 6. the team lead sees the note, adds the result and resubmits
        switchTo("pasuruan.ketua");
        PlanPages.followInbox(this, "skp.fix");
        assertTrue(text(this, By.id("returnNotes")).contains("Tambahkan hasil kerja tentang laporan bulanan"));
        PlanPages.choose(this, "resultEditor:category", "TAMBAHAN");
        type(this, By.id("resultEditor:text"), "Tersusunnya laporan bulanan akreditasi");
        type(this, By.id("resultEditor:indicator"), "Jumlah laporan bulanan");
        type(this, By.id("resultEditor:targetValue"), "12");
        type(this, By.id("resultEditor:targetUnit"), "laporan");
        click(this, By.id("resultEditor:saveResult"));
        assertEquals(List.of(msg("saved")), PlanPages.messages());
        assertTrue(text(this, By.id("resultsForm:results")).contains(msg("skp.unlinked")),
                "the additional result is shown as not linked");
        click(this, By.id("actions:submit"));
        assertEquals(msg("skp.state.SUBMITTED"), text(this, SKP_STATE), () -> PlanPages.messages().toString());

        // 7. the appraiser approves
        switchTo("pasuruan.kabid");
        PlanPages.followInbox(this, "skp.approve", "SKP " + nextYear);
        click(this, By.id("actions:approve"));
        assertEquals(msg("skp.state.APPROVED"), text(this, SKP_STATE), () -> PlanPages.messages().toString());
        String history = text(this, By.cssSelector(".audit-history"));
        assertTrue(history.contains(msg("audit.action.skp.return")) && history.contains(msg("audit.action.skp.approve")));

        // lineage: from the cascaded result up to the Kabid's agreement
        navigate(this, By.linkText(msg("skp.lineage")));
        assertTrue(text(this, By.id("lineage")).contains("Persentase puskesmas terakreditasi paripurna"));
    }

    @Test
    void theKabidOpensTheDemoSkpAwaitingApproval() {
        login("jombang.kabid");
        PlanPages.followInbox(this, "skp.approve", "SKP " + YEAR);
        assertEquals(msg("skp.state.SUBMITTED"), text(this, SKP_STATE));
        String results = text(this, By.id("resultsForm:results"));
        assertTrue(results.contains("Terlaksananya pendampingan akreditasi puskesmas di wilayah kerja"), results);
        assertTrue(results.contains("Jumlah puskesmas yang didampingi menuju akreditasi paripurna"),
                "the result names the Kabid's indicator it supports: " + results);
        assertFalse(driver.findElements(By.id("actions:approve")).isEmpty(), "the Kabid may decide");
        assertFalse(driver.findElements(By.id("actions:return")).isEmpty());

        // lineage of the first result: the result, the Kabid's indicator it supports, and the Kepala Dinas's
        // indicator the Kabid's indicator serves — the recorded links, nothing in between, nothing guessed
        navigate(this, By.linkText(msg("skp.lineage")));
        List<WebElement> steps = driver.findElements(By.cssSelector("#lineage > li"));
        assertEquals(List.of("lineage-RESULT", "lineage-INDICATOR", "lineage-INDICATOR"),
                steps.stream().map(li -> li.getAttribute("class")).toList(), () -> text(this, By.id("lineage")));
        assertTrue(steps.get(1).getText().contains("Jumlah puskesmas yang didampingi menuju akreditasi paripurna"));
        assertTrue(steps.get(2).getText().contains("Persentase puskesmas terakreditasi paripurna"),
                steps.get(2).getText());
        assertFalse(text(this, By.id("lineage")).contains(msg("plan.lineage.UNLINKED")));

        // the Kabid's agreement names the Kepala Dinas's indicator each of its indicators serves
        navigate(this, By.cssSelector("#lineage > li.lineage-INDICATOR a"));
        List<String> serves = driver.findElements(By.cssSelector(".serves-text")).stream()
                .map(e -> e.getText().strip()).toList();
        assertTrue(serves.stream().anyMatch(t -> t.endsWith("Persentase puskesmas terakreditasi paripurna (60 %)")),
                serves.toString());
        assertFalse(serves.contains(msg("agreement.servesNone")), "every demo indicator of the Kabid is linked");
    }

    @Test
    void oversightSeesPlanningProgressPerDepartmentAndUnit() {
        login("pasuruan.pengawas");
        open("plan/progress.xhtml");
        assertTrue(driver.findElements(By.id("errorTitle")).isEmpty());
        WebElement dinkes = driver.findElements(By.cssSelector("a.department-link")).stream()
                .filter(a -> a.getText().strip().equals("Dinas Kesehatan")).findFirst().orElseThrow();
        dinkes.click();
        waitForAjax();
        assertTrue(text(this, By.id("unitsTitle")).contains("Dinas Kesehatan"));
        assertTrue(text(this, By.id("progressForm:units")).contains("Bidang Pelayanan dan Sumber Daya Kesehatan"));
    }

    @Test
    void employeePagesOpenWithoutErrors() {
        login("pasuruan.pegawai");
        for (String page : List.of("plan/skps.xhtml", "plan/agreements.xhtml", "plan/dialogues.xhtml")) {
            open(page);
            waitForAjax();
            assertTrue(driver.findElements(By.id("errorTitle")).isEmpty(), page);
        }
        open("plan/progress.xhtml");
        assertEquals(msg("error.403.title"), text(this, By.id("errorTitle")),
                "progress is for the personnel office and oversight");
    }
}
