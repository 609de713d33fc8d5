package id.sikerja.browser;

import id.sikerja.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin edits the government's policy profile; oversight only reads it. */
@ExtendWith(ArquillianExtension.class)
class PolicyBrowserIT extends BrowserTestBase {

    private static final By PATTERN = By.id("policyForm:letterPattern");
    private static final By EXAMPLE = By.id("policyForm:letterExample");
    private static final By SAVE = By.id("policyForm:save");

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theAdminChangesTheLetterNumberLayoutAndSeesAnExampleFirst() {
        login("jombang.admin");
        open("/admin/policy.xhtml");
        String original = visible(PATTERN).getAttribute("value");
        assertEquals("800/{seq}/{dept}/{year}", original, "Jombang's seeded layout");
        try {
            type("800.2/{seq}/{dept}/{month}/{year}");
            // the example is re-rendered by ajax while it is read: a stale element is read again
            wait(TIMEOUT).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(EXAMPLE).getText().startsWith("800.2/003/DINKES/"));
            String month = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
                    .get(LocalDate.now().getMonthValue() - 1);
            assertEquals("800.2/003/DINKES/" + month + "/" + LocalDate.now().getYear(),
                    driver.findElement(EXAMPLE).getText());

            save();
            assertEquals(List.of(msg("saved")), EmployeePage.messages());
            open("/admin/policy.xhtml");
            assertEquals("800.2/{seq}/{dept}/{month}/{year}", visible(PATTERN).getAttribute("value"), "kept after reload");
            assertEquals("Jombang", driver.findElement(By.id("policyForm:seat")).getAttribute("value"),
                    "the seat of government, where letters are signed, is shown and kept by a save");
        } finally {
            open("/admin/policy.xhtml");
            type(original);
            save();
        }
        open("/admin/policy.xhtml");
        assertEquals(original, visible(PATTERN).getAttribute("value"));
    }

    @Test
    void aLayoutWithoutTheRunningNumberIsRefusedAndNothingChanges() {
        login("kayong.admin");
        open("/admin/policy.xhtml");
        String original = visible(PATTERN).getAttribute("value");

        type("800/{dept}/{year}");
        // no example for a layout that cannot number letters
        wait(TIMEOUT).ignoring(StaleElementReferenceException.class)
                .until(d -> "—".equals(d.findElement(EXAMPLE).getText()));
        save();

        assertEquals(List.of(msg("policy.letterPatternInvalid")), EmployeePage.errorMessages());
        open("/admin/policy.xhtml");
        assertEquals(original, visible(PATTERN).getAttribute("value"));
    }

    @Test
    void oversightReadsThePolicyButCannotChangeIt() {
        login("klaten.pengawas");
        open("/admin/policy.xhtml");

        WebElement pattern = visible(PATTERN);
        assertEquals("800.1/{seq}/{dept}/{year}", pattern.getAttribute("value"));
        assertFalse(pattern.isEnabled(), "read-only for oversight");
        assertTrue(driver.findElements(SAVE).isEmpty(), "no save button for oversight");
        assertTrue(driver.findElement(By.id("policyForm:citations")).getText().contains("Pasal 27"),
                "the legal basis of Klaten's settings is shown");
    }

    @Test
    void theAdminContinuesLetterNumberingAfterPaperLetters() {
        login("pasuruan.admin");
        open("/admin/policy.xhtml");
        String kind = "UJI" + (System.currentTimeMillis() % 100000);

        visible(By.id("counters:counterKind")).sendKeys(kind);
        WebElement last = driver.findElement(By.id("counters:counterLastUsed_input"));
        last.sendKeys("137");
        driver.findElement(By.id("counters:continueCounter")).click();
        waitForAjax();

        assertEquals(List.of(msg("letter.counterSet", kind, 138)), EmployeePage.messages());
        String row = driver.findElements(By.cssSelector("[id='counters:counterTable_data'] > tr")).stream()
                .map(WebElement::getText).filter(t -> t.contains(kind)).findFirst().orElseThrow();
        assertTrue(row.contains("137") && row.contains(msg("letter.wholeGovernment")), row);

        visible(By.id("counters:counterKind")).sendKeys(kind);
        WebElement lower = driver.findElement(By.id("counters:counterLastUsed_input"));
        lower.sendKeys("5");
        driver.findElement(By.id("counters:continueCounter")).click();
        waitForAjax();
        assertEquals(List.of(msg("letter.counterLower", 137)), EmployeePage.errorMessages());
    }

    /**
     * Types a layout and waits until the example below it is refreshed for it (its ajax request fires
     * 300 ms after the last key), so a following save does not race that request. Every layout typed here
     * gives another example than the one before.
     */
    private void type(String pattern) {
        String before = driver.findElement(EXAMPLE).getText();
        WebElement input = visible(PATTERN);
        input.clear();
        input.sendKeys(pattern);
        wait(TIMEOUT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !before.equals(d.findElement(EXAMPLE).getText()));
        waitForAjax();
    }

    private void save() {
        WebElement button = visible(SAVE);
        waitForAjax();
        button.click();
        waitForAjax();
    }
}
