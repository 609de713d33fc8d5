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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An individual assignment in the browser: the Kepala Bidang proposes work for the ketua tim, the ketua's
 * appraiser (the Kepala Seksi) accepts the proposal from the inbox, the Kepala Dinas signs the decree from the
 * inbox, the ketua finds the letter in "Penugasan Saya"; an empty task list is refused with a message.
 */
@ExtendWith(ArquillianExtension.class)
class AssignmentBrowserIT extends BrowserTestBase {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    /** Fills and sends the form; returns the note the form showed once the person was chosen ("" for none). */
    private String fillAppointment(String personSearch, String task) {
        open("work/manage.xhtml");
        WebElement person = visible(By.id("appoint:person_input"));
        person.sendKeys(personSearch);
        visible(By.cssSelector("[id='appoint:person_panel'] li.ui-autocomplete-item")).click();
        waitForAjax();
        String note = driver.findElements(By.cssSelector(".proposal-note")).stream().map(e -> e.getText().strip())
                .findFirst().orElse("");
        visible(By.id("appoint:tasks")).sendKeys(task);
        visible(By.id("appoint:legalBasis")).sendKeys("Peraturan Bupati Kayong Utara Nomor 22 Tahun 2023 Pasal 11");
        WebElement button = visible(By.id("appoint:appointButton"));
        button.click();
        waitUntilGone(button);
        waitForAjax();
        return note;
    }

    private static List<String> messages() {
        return driver.findElements(By.cssSelector("[id='messages'] li")).stream().map(e -> e.getText().strip()).toList();
    }

    @Test
    void assignSignAndFindTheLetter() {
        String task = "Mengoordinasikan verifikasi rujukan " + System.nanoTime();
        login("kayong.kabid");
        String note = fillAppointment("Administrator Kesehatan Ahli Muda", task);
        // KU Lampiran I huruf B huruf d: the Kabid proposes, the ketua's appraiser (the Kasi) decides
        assertTrue(note.contains(msg("appointmentRoute.acceptor.UNIT_HEAD_PROPOSES_TO_APPRAISER")),
                "the form says it will be a proposal, and to whom: " + note);
        assertTrue(messages().stream().anyMatch(m -> m.startsWith("Penugasan untuk") && m.contains("diusulkan")),
                "proposed: " + messages());

        signedOut();
        login("kayong.kasi");
        open("inbox.xhtml");
        visible(By.xpath("//tr[td[contains(., '" + task + "')]]//a[contains(@class,'inbox-link')]")).click();
        assertEquals(msg("assignment.status.PROPOSED"), visible(By.id("assignmentStatus")).getText().strip());
        WebElement accept = visible(By.id("acceptForm:accept"));
        accept.click();
        waitUntilGone(accept);
        waitForAjax();
        assertEquals(msg("assignment.status.AWAITING_SIGNATURE"), visible(By.id("assignmentStatus")).getText().strip());

        signedOut();
        login("kayong.kadis");
        open("inbox.xhtml");
        visible(By.xpath("//tr[td[contains(., '" + task + "')]]//a[contains(@class,'inbox-link')]")).click();
        WebElement sign = visible(By.id("signForm:sign"));
        sign.click();
        waitUntilGone(sign);
        waitForAjax();
        assertEquals(msg("assignment.status.ISSUED"), visible(By.id("assignmentStatus")).getText().strip());
        String number = visible(By.id("letterNumber")).getText().strip();

        // the signer holds a dialogue about the assignment with everyone involved (all ticked)
        String agreed = "Laporan verifikasi rujukan tiap minggu " + System.nanoTime() % 100000;
        PlanPages.type(this, By.id("subjectDialogueForm:expectations"), agreed);
        PlanPages.navigate(this, By.id("subjectDialogueForm:recordDialogue"));
        assertTrue(messages().contains(msg("dialogue.recorded")), messages()::toString);
        assertTrue(visible(By.id("subjectDialogues")).getText().contains(agreed), "listed on the assignment page");

        signedOut();
        login("kayong.ketua");
        open("work/my.xhtml");
        WebElement link = visible(By.xpath("//a[contains(@class,'letter-link') and contains(., '" + number + "')]"));
        String head = (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status + ' '"
                        + " + r.headers.get('content-type'))).catch(e => done('error ' + e));", link.getAttribute("href"));
        assertEquals("200 application/pdf", head);

        // the assignee took part: the dialogue is on their assignment page too
        PlanPages.navigate(this, By.xpath("//tr[.//a[contains(@class,'letter-link') and contains(., '" + number
                + "')]]//a[contains(@class,'assignment-link')]"));
        assertTrue(visible(By.id("subjectDialogues")).getText().contains(agreed), "the assignee reads it");
    }

    @Test
    void anAssignmentWithoutTasksIsRefusedWithAMessage() {
        login("kayong.kabid");
        fillAppointment("Ahli Muda", " ");
        assertEquals(List.of(msg("assignment.tasksRequired")), messages());
    }

    @Test
    void anEmployeeVolunteersAndTheAdminReadsTheRequestLists() {
        login("kayong.ketua");
        open("work/my.xhtml");
        String offer = "Membantu analisis data rujukan " + System.nanoTime();
        visible(By.id("apply:offer")).sendKeys(offer);
        visible(By.id("apply:tasks")).sendKeys("Menganalisis data rujukan triwulan");
        WebElement button = visible(By.id("apply:applyButton"));
        button.click();
        waitUntilGone(button);
        waitForAjax();
        assertEquals(List.of(msg("volunteer.applied")), messages());
        visible(By.cssSelector("a.volunteer-link")).click();
        assertEquals(msg("secondment.status.IN_PROGRESS"), visible(By.id("volunteerStatus")).getText().strip());
        assertTrue(driver.findElements(By.id("step:approve")).isEmpty(), "nobody approves their own application");

        signedOut();
        login("kayong.admin");
        open("work/requests.xhtml");
        visible(By.id("secondments"));
        open("work/manage.xhtml");
        visible(By.id("managed"));
        assertTrue(driver.findElements(By.id("appoint:appointButton")).isEmpty(), "the admin reads, does not assign");
    }
}
