package id.sikerja.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.stream.Collectors;

/** /org/employees.xhtml: the paged list of the employees the user may see, with a search. */
public class EmployeeListPage {

    static final By TABLE = By.id("list:table");
    static final By ROWS = By.cssSelector("[id='list:table_data'] > tr:not(.ui-datatable-empty-message)");
    static final By PAGINATOR = By.cssSelector("[id='list:table'] .ui-paginator");

    /** One row as shown. */
    record Row(long id, String name, String nip, String rank, String position, String unit) {
    }

    private final BrowserTestBase test;

    EmployeeListPage(BrowserTestBase test) {
        this.test = test;
        test.visible(TABLE);
    }

    static EmployeeListPage open(BrowserTestBase test) {
        test.open("org/employees.xhtml");
        return new EmployeeListPage(test);
    }

    List<Row> rows() {
        return BrowserTestBase.driver.findElements(ROWS).stream().map(tr -> {
            List<WebElement> cells = tr.findElements(By.cssSelector(":scope > td"));
            WebElement link = cells.get(0).findElement(By.tagName("a"));
            String href = link.getAttribute("href");
            long id = Long.parseLong(href.replaceAll(".*[?&]id=(\\d+).*", "$1"));
            return new Row(id, link.getText().strip(), cells.get(1).getText().strip(), cells.get(2).getText().strip(),
                    cells.get(3).getText().strip(), cells.get(4).getText().strip());
        }).collect(Collectors.toList());
    }

    List<String> names() {
        return rows().stream().map(Row::name).collect(Collectors.toList());
    }

    boolean paginatorVisible() {
        return BrowserTestBase.driver.findElements(PAGINATOR).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Page links the paginator shows (at most 10). */
    int pageLinks() {
        return BrowserTestBase.driver.findElements(By.cssSelector("[id='list:table'] .ui-paginator-pages .ui-paginator-page"))
                .size();
    }

    String emptyMessage() {
        return BrowserTestBase.driver.findElements(By.cssSelector("[id='list:table_data'] > tr.ui-datatable-empty-message"))
                .stream().map(WebElement::getText).map(String::strip).findFirst().orElse("");
    }

    void search(String text) {
        WebElement input = test.visible(By.id("list:search"));
        input.clear();
        input.sendKeys(text);
        BrowserTestBase.driver.findElement(By.id("list:find")).click();
        test.waitForAjax();
    }

    void nextPage() {
        BrowserTestBase.driver.findElement(By.cssSelector("[id='list:table'] .ui-paginator-next")).click();
        test.waitForAjax();
    }

    /** Types into the filter box PrimeFaces shows under the first column header ("Nama"). */
    /** Waits until the filter (which fires after its keyup delay) has left only matching rows. */
    void filterFirstColumn(String text) {
        WebElement filter = test.visible(By.cssSelector("[id='list:table_head'] th:first-child input.ui-column-filter"));
        filter.clear();
        filter.sendKeys(text);
        String needle = text.toLowerCase(java.util.Locale.ROOT);
        test.wait(BrowserTestBase.TIMEOUT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    List<String> names = names();
                    return !names.isEmpty() && names.stream()
                            .allMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains(needle));
                });
        test.waitForAjax();
    }

    EmployeePage openEmployee(String name) {
        WebElement link = BrowserTestBase.driver.findElements(By.cssSelector("[id='list:table_data'] > tr > td:first-child a"))
                .stream().filter(a -> a.getText().strip().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no employee named " + name + " in " + names()));
        link.click();
        return new EmployeePage(test);
    }
}
