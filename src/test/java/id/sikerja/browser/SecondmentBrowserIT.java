package id.sikerja.browser;

import id.sikerja.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end (issue 3, flow 2): a Kayong Utara cross-department secondment from the request of the Kepala
 * Bidang, through both department heads and the Bupati's recommendation, to the people named and their
 * letters as PDF; and the refusal path where the Bupati refuses and the requester reads the reason.
 */
@ExtendWith(ArquillianExtension.class)
class SecondmentBrowserIT extends BrowserTestBase {

    private static final String TARGET = "Perpustakaan dan Kearsipan";

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    private long requestAsKabid(String purpose) {
        login("kayong.kabid");
        return ManageAssignmentsPage.open(this).requestPeople(TARGET, purpose);
    }

    private void approveAs(String username, long id) {
        signedOut();
        login(username);
        // the step waits in the inbox of whoever must act
        open("inbox.xhtml");
        visible(By.cssSelector("a.inbox-link[href$='secondment.xhtml?id=" + id + "']")).click();
        SecondmentPage page = new SecondmentPage(this);
        assertTrue(page.myStep(), username + " is asked");
        page.approve();
        assertFalse(new SecondmentPage(this).myStep(), "the step is taken");
    }

    @Test
    void fromRequestToLetters() {
        String purpose = "Digitalisasi arsip rujukan " + System.nanoTime();
        long id = requestAsKabid(purpose);
        assertEquals(msg("secondment.status.IN_PROGRESS"), SecondmentPage.open(this, id).status());

        approveAs("kayong.kadis", id);
        approveAs("kayong.kadisarsip", id);
        approveAs("kayong.bupati", id);

        signedOut();
        login("kayong.kadisarsip");
        SecondmentPage page = SecondmentPage.open(this, id).nominateFirst("Memindai dan mengindeks arsip rujukan");
        assertEquals(msg("secondment.status.COMPLETED"), page.status());

        signedOut();
        login("kayong.kabid");
        page = SecondmentPage.open(this, id);
        List<String> links = page.letterLinks();
        assertEquals(4, links.size(), "request, recommendation, answer and one assignment letter: " + links);
        for (String link : links) {
            String head = (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b => "
                            + "done(r.status + ' ' + r.headers.get('content-type') + ' ' "
                            + "+ String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 5))))))"
                            + ".catch(e => done('error ' + e));", link);
            assertEquals("200 application/pdf %PDF-", head, link);
        }
    }

    @Test
    void theBupatiRefusesAndTheRequesterReadsTheReason() {
        String purpose = "Penataan arsip vital " + System.nanoTime();
        long id = requestAsKabid(purpose);
        approveAs("kayong.kadis", id);
        approveAs("kayong.kadisarsip", id);

        signedOut();
        login("kayong.bupati");
        SecondmentPage page = SecondmentPage.open(this, id);
        String reason = "Pustakawan sedang menyiapkan akreditasi perpustakaan daerah";
        page = page.refuse(reason);
        assertEquals(msg("secondment.status.IN_PROGRESS"), page.status(), "the refusal is still to be answered");
        assertFalse(page.myStep());

        // KU Lampiran I B.a.3)c): the target Pejabat Penilai Kinerja answers the request with the reasons.
        signedOut();
        login("kayong.kadisarsip");
        open("inbox.xhtml");
        visible(By.cssSelector("a.inbox-link[href$='secondment.xhtml?id=" + id + "']")).click();
        page = new SecondmentPage(this);
        assertTrue(page.myStep());
        String answer = "Tanpa rekomendasi Bupati tenaga pustakawan tidak dapat diberikan";
        page = page.answerRefusal(answer);
        assertEquals(msg("secondment.status.REFUSED"), page.status());

        signedOut();
        login("kayong.kabid");
        page = SecondmentPage.open(this, id);
        assertEquals(msg("secondment.status.REFUSED"), page.status());
        assertEquals(reason, page.refusalReason());
        assertEquals(answer, page.refusalAnswer());
        assertEquals(2, page.letterLinks().size(), "the request letter and the answer with the reasons");
    }
}
