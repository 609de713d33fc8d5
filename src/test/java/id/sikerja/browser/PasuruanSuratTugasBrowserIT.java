package id.sikerja.browser;

import id.sikerja.testsupport.Deployments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PS Lampiran II in the browser: the Kepala Bidang of Kota Pasuruan gives the work, the Surat Tugas waits
 * for the Kepala Dinas (the Pimpinan Unit Organisasi), who signs it from the inbox; the letter is numbered
 * 800/…/423.…/year and the PDF names the Kepala Dinas as signer.
 */
@ExtendWith(ArquillianExtension.class)
class PasuruanSuratTugasBrowserIT extends BrowserTestBase {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theKadisSignsTheKabidsSuratTugasWithTheLampiranIINumber() throws IOException {
        String task = "Mengolah data kunjungan puskesmas " + System.nanoTime();
        login("pasuruan.kabid");
        open("work/manage.xhtml");
        visible(By.id("appoint:person_input")).sendKeys("Ahli");
        visible(By.cssSelector("[id='appoint:person_panel'] li.ui-autocomplete-item")).click();
        waitForAjax();
        visible(By.id("appoint:tasks")).sendKeys(task);
        visible(By.id("appoint:legalBasis")).sendKeys("Peraturan Walikota Pasuruan Nomor 41 Tahun 2023 Pasal 9 ayat (4)");
        WebElement appoint = visible(By.id("appoint:appointButton"));
        appoint.click();
        waitUntilGone(appoint);
        waitForAjax();

        signedOut();
        String welcome = login("pasuruan.kadis").welcome();
        String kadis = welcome.substring(msg("home.welcome").length() + 2).strip();
        open("inbox.xhtml");
        visible(By.xpath("//tr[td[contains(., '" + task + "')]]//a[contains(@class,'inbox-link')]")).click();
        WebElement sign = visible(By.id("signForm:sign"));
        sign.click();
        waitUntilGone(sign);
        waitForAjax();
        assertEquals(msg("assignment.status.ISSUED"), visible(By.id("assignmentStatus")).getText().strip());
        String number = visible(By.id("letterNumber")).getText().strip();
        assertTrue(number.matches("800/\\d{3,}/423\\.DINKES/" + LocalDate.now().getYear()), number);
        assertTrue(visible(By.id("letterCard")).getText().contains(msg("assignment.signer") + ": " + kadis),
                () -> "signed by the Kepala Dinas " + kadis + ": " + driver.findElement(By.id("letterCard")).getText());

        String base64 = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer()).then(b => {"
                        + " let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); })"
                        + ".catch(e => done('error ' + e));", visible(By.id("letterLink")).getAttribute("href"));
        String text;
        try (PDDocument pdf = Loader.loadPDF(Base64.getDecoder().decode(base64))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("SURAT TUGAS") && text.contains("NOMOR : " + number), text);
        assertTrue(text.contains("KEPALA DINAS KESEHATAN, " + kadis), "signed by the Kepala Dinas: " + text);
        assertFalse(text.contains("Pangkat/Golongan"), "only the fields of PS Lampiran II: " + text);
    }
}
