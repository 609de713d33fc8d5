package id.sikerja.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** /admin/import.xhtml: upload a units or employees file, read the summary and the table of errors. */
public class ImportPage {

    static final By UNITS_FILE = By.id("unitsFile");
    static final By IMPORT_UNITS = By.id("importUnits");
    static final By EMPLOYEES_FILE = By.id("employeesFile");
    static final By IMPORT_EMPLOYEES = By.id("importEmployees");
    static final By SUMMARY = By.id("importSummary");
    static final By ERROR_ROWS = By.cssSelector("[id='importErrors_data'] > tr:not(.ui-datatable-empty-message)");

    /** One line of the errors table. */
    record ErrorRow(String line, String column, String message) {
    }

    private final BrowserTestBase test;

    ImportPage(BrowserTestBase test) {
        this.test = test;
        test.visible(IMPORT_UNITS);
    }

    static ImportPage open(BrowserTestBase test) {
        test.open("admin/import.xhtml");
        return new ImportPage(test);
    }

    String heading() {
        return BrowserTestBase.driver.findElement(By.cssSelector("main.content h1")).getText().strip();
    }

    ImportPage importUnits(Path file) {
        return upload(UNITS_FILE, IMPORT_UNITS, file);
    }

    ImportPage importEmployees(Path file) {
        return upload(EMPLOYEES_FILE, IMPORT_EMPLOYEES, file);
    }

    private ImportPage upload(By input, By button, Path file) {
        WebElement previous = BrowserTestBase.driver.findElements(SUMMARY).stream().findFirst().orElse(null);
        BrowserTestBase.driver.findElement(input).sendKeys(file.toAbsolutePath().toString());
        test.visible(button).click();
        test.waitForAjax();
        test.wait(BrowserTestBase.TIMEOUT).until(d -> {
            List<WebElement> now = d.findElements(SUMMARY);
            return !now.isEmpty() && (previous == null || !now.get(0).equals(previous));
        });
        return this;
    }

    /** The summary sentence (import.summary.*). */
    String outcome() {
        return BrowserTestBase.driver.findElement(By.id("importOutcome")).getText().strip();
    }

    String summaryText() {
        return BrowserTestBase.driver.findElement(SUMMARY).getText().strip();
    }

    int rowsRead() {
        return Integer.parseInt(BrowserTestBase.driver.findElement(By.id("importRowsRead")).getText().strip());
    }

    int rowsWritten() {
        return Integer.parseInt(BrowserTestBase.driver.findElement(By.id("importRowsWritten")).getText().strip());
    }

    int errorCount() {
        return Integer.parseInt(BrowserTestBase.driver.findElement(By.id("importErrorCount")).getText().strip());
    }

    boolean errorsShown() {
        return BrowserTestBase.driver.findElements(By.id("importErrors")).stream().anyMatch(WebElement::isDisplayed);
    }

    List<ErrorRow> errors() {
        return BrowserTestBase.driver.findElements(ERROR_ROWS).stream().map(tr -> {
            List<String> c = TreePage.texts(tr.findElements(By.cssSelector(":scope > td")));
            return new ErrorRow(c.get(0), c.get(1), c.get(2));
        }).collect(Collectors.toList());
    }

    /** Texts of the global messages (e.g. "choose a file first"). */
    List<String> messages() {
        return EmployeePage.messages();
    }
}
