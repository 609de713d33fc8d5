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

import static id.sikerja.browser.PlanPages.SKP_STATE;
import static id.sikerja.browser.PlanPages.click;
import static id.sikerja.browser.PlanPages.navigate;
import static id.sikerja.browser.PlanPages.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's promise to a new user, in Jombang: jombang.pegawai continues the demo draft, links its main
 * result to what the appraiser (the Kepala Subbagian Umum dan Kepegawaian) planned, submits it, and the
 * appraiser, signing in as jombang.kasubbag as the README's table says, approves it from the inbox.
 * It takes the demo employee's SKP of this year out of draft (PlanningDemoDataIT knows).
 */
@ExtendWith(ArquillianExtension.class)
class DemoAppraiserChainBrowserIT extends BrowserTestBase {

    private static final int YEAR = LocalDate.now().getYear();

    /** The demo draft's result (DemoTexts.employeeDraftResults). */
    private static final String DRAFT_RESULT = "Terkelolanya administrasi persuratan Dinas Kesehatan";

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theDemoEmployeeLinksSubmitsAndTheAppraiserApproves() {
        login("jombang.pegawai");
        open("plan/skps.xhtml");
        navigate(this, By.cssSelector("#mine a.open-skp"));
        assertEquals(msg("skp.state.DRAFT"), text(this, SKP_STATE));
        assertTrue(text(this, By.id("resultsForm:results")).contains(msg("skp.unlinked")), "the draft starts unlinked");
        String appraiser = text(this, By.cssSelector("#appraiserBlock strong"));

        // "RHK pimpinan yang diintervensi": the appraiser's plan is offered, and the main result is linked to it
        WebElement row = driver.findElements(By.cssSelector("#resultsForm\\:results tr.result-row")).stream()
                .filter(r -> r.getText().contains(DRAFT_RESULT)).findFirst().orElseThrow();
        WebElement edit = row.findElement(By.cssSelector(".edit-result"));
        script("arguments[0].scrollIntoView({block:'center'});", edit);
        edit.click();
        waitForAjax();
        @SuppressWarnings("unchecked")
        List<String> offered = (List<String>) script("return Array.from(document.querySelectorAll("
                + "'select[id=\"resultEditor:link_input\"] option')).filter(o => o.value).map(o => o.value + '|' + o.text);");
        String option = offered.stream().filter(o -> o.substring(o.indexOf('|') + 1).startsWith(appraiser + ": "))
                .findFirst().orElseThrow(() -> new AssertionError("nothing of " + appraiser + " offered: " + offered));
        PlanPages.choose(this, "resultEditor:link", option.substring(0, option.indexOf('|')));
        click(this, By.id("resultEditor:saveResult"));
        assertEquals(List.of(msg("saved")), PlanPages.messages());
        String results = text(this, By.id("resultsForm:results"));
        assertFalse(results.contains(msg("skp.unlinked")), results);
        assertTrue(results.contains(option.substring(option.indexOf('|') + appraiser.length() + 3)),
                () -> "the result supports " + option + ": " + results);

        click(this, By.id("actions:submit"));
        assertEquals(msg("skp.state.SUBMITTED"), text(this, SKP_STATE), () -> PlanPages.messages().toString());

        // the appraiser signs in with the README's login and approves from the inbox
        open("login.xhtml");
        driver.manage().deleteAllCookies();
        login("jombang.kasubbag");
        PlanPages.followInbox(this, "skp.approve", "SKP " + YEAR);
        assertEquals(msg("skp.state.SUBMITTED"), text(this, SKP_STATE));
        assertTrue(text(this, By.id("resultsForm:results")).contains(DRAFT_RESULT), "the demo employee's SKP");
        click(this, By.id("actions:approve"));
        assertEquals(msg("skp.state.APPROVED"), text(this, SKP_STATE), () -> PlanPages.messages().toString());
    }
}
