package id.sikerja.browser;

import id.sikerja.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jombang, where a Perangkat Daerah is a Unit Organisasi: the Kepala Bidang of Dinas Kesehatan asks the
 * Inspektorat Daerah for staff; the request has one step, the Inspektur's nomination (no authority in
 * between). The Inspektur, given a login by the admin, opens it from the inbox and names one auditor; as the
 * Kepala Perangkat Daerah who signs the Surat Perintah Tugas, his nomination issues the letter. The Kepala
 * Bidang's work team then finds that auditor in the people search, but not an Inspektorat colleague who was
 * not named.
 */
@ExtendWith(ArquillianExtension.class)
class JombangCrossDepartmentBrowserIT extends BrowserTestBase {

    private static final String TARGET = "Inspektorat Daerah";
    private static final String HEAD_PASSWORD = "kata-sandi-inspektur-1";

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    private void switchTo(String username) {
        signedOut();
        login(username);
    }

    /** As jombang.admin: gives the head of the Inspektorat a login; returns [username, name]. */
    private List<String> loginForTheTargetHead() {
        switchTo("jombang.admin");
        TreePage tree = TreePage.open(this);
        tree.search(TARGET);
        visible(By.cssSelector("[id='tree:resultTable_data'] > tr > td:first-child a"));
        UnitPage unit = tree.openResult(TARGET);
        visible(UnitPage.PEOPLE_ROWS);
        UnitPage.Person head = unit.people().stream().filter(UnitPage.Person::head).findFirst()
                .orElseThrow(() -> new AssertionError("no head on the unit page of " + TARGET + ": " + unit.people()));
        unit.openPerson(head.name());

        String username = "it.inspektur" + (System.currentTimeMillis() % 1_000_000);
        visible(By.id("accounts:newUsername")).sendKeys(username);
        driver.findElement(By.id("accounts:newPassword")).sendKeys(HEAD_PASSWORD);
        WebElement create = visible(By.id("accounts:createAccount"));
        create.click();
        waitForAjax();
        assertEquals(List.of(msg("account.created", username)), EmployeePage.messages());
        return List.of(username, head.name());
    }

    private void signInAs(String username, String password) {
        signedOut();
        LoginPage.open(this).submit(username, password);
        visible(HomePage.WELCOME);
    }

    /** Opens, from the inbox, the subject whose link's address ends so; waits for the new page. */
    private void openFromInbox(String hrefEnd) {
        open("inbox.xhtml");
        visible(By.id("inboxTable"));
        WebElement link = visible(By.cssSelector("a.inbox-link[href$='" + hrefEnd + "']"));
        link.click();
        waitUntilGone(link);
    }

    @Test
    void aRequestToAnotherDepartmentIsAnsweredByItsHeadAndReleasesOnlyTheNominee() {
        List<String> head = loginForTheTargetHead();

        // 1. the Kepala Bidang asks the Inspektorat for staff
        switchTo("jombang.kabid");
        String purpose = "Reviu tata kelola layanan rujukan " + System.nanoTime();
        long id = ManageAssignmentsPage.open(this).requestPeople(TARGET, purpose);

        // 2. one step: the target's nomination, waiting on the Inspektur
        SecondmentPage page = SecondmentPage.open(this, id);
        assertEquals(msg("secondment.status.IN_PROGRESS"), page.status());
        List<String> steps = page.steps();
        assertEquals(1, steps.size(), steps::toString);
        assertTrue(steps.get(0).startsWith(msg("secondment.step.TARGET_NOMINATION")), steps::toString);
        assertTrue(page.waitingOn().endsWith(head.get(1)), page::waitingOn);

        // 3. the Inspektur opens it from the inbox and names one auditor (not himself)
        signInAs(head.get(0), HEAD_PASSWORD);
        openFromInbox("secondment.xhtml?id=" + id);
        page = new SecondmentPage(this);
        assertTrue(page.myStep(), "the Inspektur is asked");
        List<String> candidates = page.candidateNames().stream().filter(n -> !n.equals(head.get(1))).toList();
        assertTrue(candidates.size() >= 2, "two Inspektorat staff to choose from: " + candidates);
        String nominee = candidates.get(0);
        String notNamed = candidates.get(1);
        page = page.nominate(nominee, "Mereviu alur rujukan pasien");
        assertEquals(msg("secondment.status.COMPLETED"), page.status());
        List<String> people = page.assignedPeople();
        assertEquals(List.of(nominee), people);

        // 4. the letter (Surat Perintah Tugas) is signed by the Kepala Perangkat Daerah of the target (JB Pasal 23
        //    ayat 4): that is the Inspektur who named the auditor, so it is issued with the nomination and no inbox
        //    asks anyone to sign it
        long assignment = page.assignmentIds().get(0);
        open("inbox.xhtml");
        visible(By.id("inboxTable"));
        assertTrue(driver.findElements(By.cssSelector("a.inbox-link[href$='assignment.xhtml?id=" + assignment + "']"))
                .isEmpty(), "nothing left to sign");
        open("work/assignment.xhtml?id=" + assignment);
        assertEquals(msg("assignment.status.ISSUED"), visible(By.id("assignmentStatus")).getText().strip());
        assertFalse(visible(By.id("letterNumber")).getText().strip().equals(msg("assignment.awaiting")),
                "the letter has its number");
        assertTrue(driver.findElements(By.id("signForm:sign")).isEmpty(), "no signing left");

        // 5. the Kepala Bidang's team takes in the nominee, and only the nominee
        switchTo("jombang.kabid");
        TeamPage team = TeamPage.form(this, "Tim Reviu Rujukan " + System.nanoTime() % 100000);
        assertFalse(offered(notNamed), notNamed + " was not named and is not offered");
        team = team.addMember(nominee, "Mereviu alur rujukan pasien");
        List<List<String>> members = team.members();
        assertTrue(members.stream().anyMatch(m -> m.get(0).equals(nominee)), members::toString);
    }

    /**
     * Types the name (less its last letter) into the member search and tells whether an offered person is so named.
     * Waits for the search's own answer: a request counter wraps XMLHttpRequest before typing.
     */
    private boolean offered(String name) {
        script("if (!window.__sikerjaXhr) { window.__sikerjaXhr = 0; const open = XMLHttpRequest.prototype.open;"
                + " XMLHttpRequest.prototype.open = function() { this.addEventListener('loadend', () => window.__sikerjaXhr++);"
                + " return open.apply(this, arguments); }; }");
        long before = ((Number) script("return window.__sikerjaXhr;")).longValue();
        WebElement input = visible(By.id("members:person_input"));
        input.clear();
        input.sendKeys(name.substring(0, name.length() - 1));
        wait(TIMEOUT).until(d -> ((Number) script("return window.__sikerjaXhr;")).longValue() > before);
        waitForAjax();
        boolean found = driver.findElements(By.cssSelector("[id='members:person_panel'] .ui-autocomplete-item")).stream()
                .filter(WebElement::isDisplayed).anyMatch(e -> e.getText().startsWith(name));
        input.clear();
        return found;
    }
}
