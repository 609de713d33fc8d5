package id.sikerja.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** /org/employee.xhtml: a person's position, appraiser, unit head, placement history; the admin's edit form. */
public class EmployeePage {

    static final By NAME = By.id("employeeName");
    static final By HISTORY_ROWS = By.cssSelector("[id='history_data'] > tr:not(.ui-datatable-empty-message)");
    static final By PHONE = By.id("admin:phone");
    static final By NIP = By.id("admin:nip");
    static final By SAVE = By.id("admin:save");

    /** One row of the placement history. */
    record HistoryRow(String position, String unit, String start, String end, String reason) {
    }

    private final BrowserTestBase test;

    EmployeePage(BrowserTestBase test) {
        this.test = test;
        test.visible(NAME);
    }

    static EmployeePage open(BrowserTestBase test, long id) {
        test.open("org/employee.xhtml?id=" + id);
        return new EmployeePage(test);
    }

    String name() {
        return BrowserTestBase.driver.findElement(NAME).getText().strip();
    }

    /** The line under the name: "NIP ... · status · rank". */
    String identityLine() {
        return BrowserTestBase.driver.findElement(By.cssSelector("h1#employeeName + p.muted")).getText().strip();
    }

    String appraiserName() {
        return BrowserTestBase.driver.findElement(By.id("appraiserName")).getText().strip();
    }

    Optional<String> appraisalProblem() {
        return BrowserTestBase.driver.findElements(By.id("appraisalProblem")).stream().findFirst()
                .map(WebElement::getText).map(String::strip);
    }

    String unitHeadName() {
        return BrowserTestBase.driver.findElement(By.id("unitHeadName")).getText().strip();
    }

    List<String> historyHeaders() {
        return TreePage.texts(BrowserTestBase.driver.findElements(By.cssSelector("[id='history'] thead th")));
    }

    List<HistoryRow> history() {
        return BrowserTestBase.driver.findElements(HISTORY_ROWS).stream().map(row -> {
            List<String> c = TreePage.texts(row.findElements(By.cssSelector(":scope > td")));
            return new HistoryRow(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4));
        }).collect(Collectors.toList());
    }

    boolean editable() {
        return !BrowserTestBase.driver.findElements(SAVE).isEmpty();
    }

    String phone() {
        return BrowserTestBase.driver.findElement(PHONE).getDomProperty("value");
    }

    String nip() {
        return BrowserTestBase.driver.findElement(NIP).getDomProperty("value");
    }

    EmployeePage phone(String phone) {
        type(PHONE, phone);
        return this;
    }

    EmployeePage nip(String nip) {
        type(NIP, nip);
        return this;
    }

    /** Clicks Simpan (ajax, update="@all") and waits for the new page content. */
    EmployeePage save() {
        WebElement button = test.visible(SAVE);
        button.click();
        test.waitUntilGone(button);
        test.waitForAjax();
        return new EmployeePage(test);
    }

    /** Texts of the global messages (#messages). */
    static List<String> messages() {
        return TreePage.texts(BrowserTestBase.driver.findElements(By.cssSelector("[id='messages'] li")));
    }

    static List<String> errorMessages() {
        return TreePage.texts(BrowserTestBase.driver.findElements(By.cssSelector("[id='messages'] .ui-messages-error li")));
    }

    private void type(By by, String text) {
        WebElement input = test.visible(by);
        input.clear();
        input.sendKeys(text);
    }
}
