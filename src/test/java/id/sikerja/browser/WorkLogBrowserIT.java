package id.sikerja.browser;

import id.sikerja.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pasuruan at phone width: an employee records the day's work for an SKP result with a photo; a disguised file is
 * refused with a message; the appraiser reads the entry from the employee's page and downloads the photo as an
 * attachment.
 */
@ExtendWith(ArquillianExtension.class)
class WorkLogBrowserIT extends BrowserTestBase {

    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void phone() {
        driver.manage().window().setSize(new Dimension(390, 844));
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
    }

    @AfterAll
    static void desktop() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    private static Path file(String name, byte[] content) throws IOException {
        Path dir = Files.createTempDirectory("worklog");
        Path f = dir.resolve(name);
        Files.write(f, content);
        return f;
    }

    private void fillAndSave(String text, Path evidence) {
        WebElement description = visible(By.id("logForm:description"));
        description.clear();
        description.sendKeys(text);
        // the first of the employee's SKP results (PrimeFaces keeps the choice in its hidden native select)
        script("var s = document.getElementById('logForm:result_input'); s.selectedIndex = 1;"
                + "s.dispatchEvent(new Event('change'));");
        WebElement quantity = visible(By.id("logForm:quantity_input"));
        quantity.sendKeys("12");
        visible(By.id("logForm:unit")).sendKeys("berkas");
        driver.findElement(By.id("logForm:file")).sendKeys(evidence.toString());
        WebElement save = visible(By.id("logForm:save"));
        save.click();
        waitForAjax();
    }

    @Test
    void anEmployeeLogsWorkWithAPhotoAndTheAppraiserReadsIt() throws IOException {
        HomePage home = login("pasuruan.pegawai");
        String name = home.welcome().replaceFirst("^[^,]*,\\s*", "");
        open("execute/logs.xhtml");
        visible(By.id("logForm:description"));
        assertTrue(new Select(driver.findElement(By.id("logForm:result_input"))).getOptions().size() > 1,
                "the employee's SKP results are offered");
        long scrollWidth = ((Number) script("return document.documentElement.scrollWidth")).longValue();
        assertTrue(scrollWidth <= 391, () -> "the form fits a phone: " + scrollWidth + "px, widest: " + script(
                "var worst = null, max = window.innerWidth;"
                        + "document.querySelectorAll('body *').forEach(function (e) {"
                        + "  var r = e.getBoundingClientRect(); if (r.right > max) { max = r.right; worst = e; } });"
                        + "return worst ? worst.tagName + '#' + worst.id + '.' + worst.className + ' right=' + max : 'none';"));

        String disguised = "Rekap register disposisi " + System.nanoTime();
        fillAndSave(disguised, file("foto.jpg", "%PDF-1.4\n%%EOF\n".getBytes()));
        wait(TIMEOUT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                msg("worklog.savedWithoutEvidence")));
        assertTrue(driver.findElement(By.id("messages")).getText().contains(msg("evidence.disguised", "foto.jpg")));

        String text = "Verifikasi berkas cuti pegawai " + System.nanoTime();
        fillAndSave(text, file("foto-berkas.png", PNG));
        wait(TIMEOUT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("logs"), text));
        WebElement row = driver.findElements(By.cssSelector("tr.log-row")).stream()
                .filter(r -> r.getText().contains(text)).findFirst().orElseThrow();
        assertTrue(row.getText().contains("12 berkas"), row.getText());
        List<WebElement> links = row.findElements(By.cssSelector("a.evidence-link"));
        assertEquals(1, links.size());
        assertEquals("foto-berkas.png", links.get(0).getText());

        signedOut();
        login("pasuruan.sekretaris");
        EmployeeListPage list = EmployeeListPage.open(this);
        list.search(name);
        long id = list.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().id();
        EmployeePage.open(this, id);
        visible(By.id("workLogLink")).click();
        wait(TIMEOUT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("logs"), text));
        assertFalse(driver.findElements(By.id("logForm:save")).size() > 0, "the appraiser reads, does not write");
        String href = driver.findElements(By.cssSelector("a.evidence-link")).stream()
                .filter(a -> a.getText().equals("foto-berkas.png")).findFirst().orElseThrow().getAttribute("href");
        String head = (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status + ' '"
                        + " + r.headers.get('content-type') + ' ' + r.headers.get('x-content-type-options') + ' '"
                        + " + r.headers.get('content-disposition').split(';')[0])).catch(e => done('error ' + e));", href);
        assertEquals("200 image/png nosniff attachment", head);
    }
}
