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
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The admin edits an employee on the employee page: valid changes are kept, invalid ones refused with a message. */
@ExtendWith(ArquillianExtension.class)
class AdminEditBrowserIT extends BrowserTestBase {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void changedPhoneIsSaved() {
        login("klaten.admin");
        long id = employeeWithNip(7);
        EmployeePage page = EmployeePage.open(this, id);
        assertTrue(page.editable(), "the admin sees the edit form");
        String phone = "0812" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));

        page = page.phone(phone).save();

        assertEquals(List.of(msg("saved")), EmployeePage.messages());
        assertEquals(phone, page.phone());

        driver.navigate().refresh();
        page = new EmployeePage(this);
        assertEquals(phone, page.phone(), "phone kept after reload");

        page = page.phone(phone + "9").save();
        assertEquals(List.of(msg("saved")), EmployeePage.messages(), "a second save in the same view works too");
        page = EmployeePage.open(this, id);
        assertEquals(phone + "9", page.phone());

        String latestChange = driver.findElement(org.openqa.selenium.By.cssSelector("[id='revisions_data'] > tr")).getText();
        assertTrue(latestChange.contains("klaten.admin") && latestChange.contains(msg("revision.field.phone"))
                && latestChange.contains(phone + "9"), "the change history names who changed the phone: " + latestChange);
    }

    @Test
    void savedMessageIsNotShownAgainOnTheNextPage() {
        login("klaten.admin");
        long id = employeeWithNip(8);
        EmployeePage page = EmployeePage.open(this, id);

        page.phone("0813" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999))).save();
        assertEquals(List.of(msg("saved")), EmployeePage.messages());

        EmployeeListPage.open(this);
        assertEquals(List.of(), EmployeePage.messages(), "the confirmation belongs to the save, not to the next page");
    }

    @Test
    void invalidNipIsRefusedAndNotStored() {
        login("klaten.admin");
        long id = employeeWithNip(9);
        EmployeePage page = EmployeePage.open(this, id);
        String nip = page.nip();
        String identity = page.identityLine();
        assertTrue(nip.matches("\\d{18}"), "an employee with a NIP: " + nip);

        page = page.nip("12345").save();

        assertEquals(List.of(msg("nip.invalid.length", "12345")), EmployeePage.errorMessages());
        assertFalse(EmployeePage.messages().contains(msg("saved")));

        page = EmployeePage.open(this, id);
        assertEquals(nip, page.nip(), "stored NIP unchanged");
        assertEquals(identity, page.identityLine());
    }

    @Test
    void nipWithLettersIsRefused() {
        login("klaten.admin");
        long id = employeeWithNip(10);
        EmployeePage page = EmployeePage.open(this, id);
        String nip = page.nip();
        String bad = nip.substring(0, 17) + "X";

        page.nip(bad).save();

        assertEquals(List.of(msg("nip.invalid.digits", bad)), EmployeePage.errorMessages());
        assertEquals(nip, EmployeePage.open(this, id).nip());
    }

    /**
     * Over-long text — a pasted paragraph, or a value put in by a script past the page's limit — never reaches
     * the column (it ended on the error page before): the fields carry the column's length and nothing longer
     * is stored. A field's own message (here: name required) shows beside the field.
     */
    @Test
    void overLongTextStopsAtTheColumnsLengthAndFieldMessagesShowBesideTheField() {
        login("klaten.admin");
        long id = employeeWithNip(11);
        EmployeePage page = EmployeePage.open(this, id);
        String name = page.name();
        WebElement nameInput = driver.findElement(By.id("admin:name"));
        WebElement phoneInput = driver.findElement(EmployeePage.PHONE);
        assertEquals("200", nameInput.getDomAttribute("maxlength"), "the name column's length");
        assertEquals("40", phoneInput.getDomAttribute("maxlength"), "the phone column's length");
        assertEquals("200", driver.findElement(By.id("admin:email")).getDomAttribute("maxlength"), "the e-mail column's");

        script("arguments[0].value = '0'.repeat(5000);", phoneInput);
        page = page.save();

        assertTrue(driver.findElements(By.id("errorTitle")).isEmpty(), "no error page");
        page = EmployeePage.open(this, id);
        assertTrue(page.phone().length() <= 40 && page.phone().matches("0+"), "stored phone within the column: "
                + page.phone().length());
        assertEquals(name, page.name());

        driver.findElement(By.id("admin:name")).clear();
        page.save();
        assertEquals(msg("employee.nameRequired"), visible(By.id("admin:nameMessage")).getText().strip(),
                "the message beside the name field");
        assertEquals(name, EmployeePage.open(this, id).name(), "name unchanged");
    }

    @Test
    void employeeWithoutAdminRoleSeesNoEditForm() {
        login("klaten.kabid");
        EmployeeListPage list = EmployeeListPage.open(this);
        EmployeePage page = list.openEmployee(list.names().get(0));

        assertFalse(page.editable());
    }

    /** The id of the n-th person with an 18-digit NIP on the first page of the employee list. */
    @Test
    void theAdminPlacesAnEmployeeByPickingAPositionFromTheSuggestions() {
        login("jombang.admin");
        long id = employeeWithoutAccount();
        EmployeePage page = EmployeePage.open(this, id);
        int historyBefore = driver.findElements(EmployeePage.HISTORY_ROWS).size();

        org.openqa.selenium.WebElement position = visible(org.openqa.selenium.By.id("admin:newPosition_input"));
        assertEquals("", position.getAttribute("value"), "the position field starts empty, not with a stray label");
        position.sendKeys("zzqx");
        assertEquals(msg("primefaces.data.EMPTY_MESSAGE"), visible(org.openqa.selenium.By.cssSelector(
                "[id='admin:newPosition_panel'] .ui-autocomplete-empty-message")).getText().strip(),
                "a search without hits says so in Indonesian");
        position.clear();
        position.sendKeys("Pengadministrasi");
        org.openqa.selenium.WebElement suggestion = visible(org.openqa.selenium.By.cssSelector(
                "[id='admin:newPosition_panel'] .ui-autocomplete-item"));
        String chosen = suggestion.getText();
        assertTrue(chosen.contains(msg("position.freeSeats", 1)),
                "positions with a free seat are offered first, and say so: " + chosen);
        suggestion.click();
        org.openqa.selenium.WebElement start = driver.findElement(org.openqa.selenium.By.id("admin:placementStart_input"));
        start.sendKeys(java.time.LocalDate.now().minusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")),
                org.openqa.selenium.Keys.ESCAPE);
        driver.findElement(EmployeePage.NAME).click(); // a click elsewhere closes the calendar, as for a user
        wait(TIMEOUT).until(org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(
                org.openqa.selenium.By.id("admin:placementStart_panel")));
        org.openqa.selenium.WebElement reason = driver.findElement(org.openqa.selenium.By.id("admin:placementReason"));
        reason.sendKeys("SK mutasi uji");
        assertEquals("SK mutasi uji", reason.getAttribute("value"), "the reason is typed");
        driver.findElement(org.openqa.selenium.By.id("admin:place")).click();
        waitForAjax();

        assertEquals(1, EmployeePage.messages().size(), "one confirmation: " + EmployeePage.messages());
        assertFalse(EmployeePage.messages().get(0).isBlank());
        assertTrue(EmployeePage.errorMessages().isEmpty(), "no error: " + EmployeePage.errorMessages());
        page = EmployeePage.open(this, id);
        assertEquals(historyBefore + 1, driver.findElements(EmployeePage.HISTORY_ROWS).size(),
                "the new placement is in the history, the old one kept");
        String history = driver.findElement(org.openqa.selenium.By.id("history")).getText();
        assertTrue(history.contains(chosen.split(" — ")[0].strip()) && history.contains("SK mutasi uji"),
                "the chosen position " + chosen + " is in the history: " + history);
    }

    /** Somebody on page 1 of the list who signs in nowhere: moving a demo login would break other tests. */
    private long employeeWithoutAccount() {
        List<EmployeeListPage.Row> rows = EmployeeListPage.open(this).rows().stream()
                .filter(r -> r.nip().matches("\\d{18}")).toList();
        for (EmployeeListPage.Row row : rows.subList(Math.min(5, rows.size()), rows.size())) {
            EmployeePage.open(this, row.id());
            if (!driver.findElements(org.openqa.selenium.By.cssSelector(
                    "[id='accounts:accountTable_data'] tr.ui-datatable-empty-message")).isEmpty()) {
                return row.id();
            }
        }
        throw new AssertionError("nobody without an account on page 1");
    }

    private long employeeWithNip(int n) {
        List<EmployeeListPage.Row> rows = EmployeeListPage.open(this).rows().stream()
                .filter(r -> r.nip().matches("\\d{18}")).toList();
        assertTrue(rows.size() > n, "enough employees with a NIP on page 1: " + rows.size());
        return rows.get(n).id();
    }
}
