package id.sikerja.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.stream.Collectors;

/** /org/unit.xhtml: a unit with its people (and their appraisers), positions and sub-units. */
public class UnitPage {

    static final By NAME = By.id("unitName");
    static final By PEOPLE_ROWS = By.cssSelector("[id='people_data'] > tr:not(.ui-datatable-empty-message)");

    /** One row of the people table as the user sees it. */
    record Person(String name, boolean head, String nip, String position, String appraiser) {
    }

    private final BrowserTestBase test;

    UnitPage(BrowserTestBase test) {
        this.test = test;
        test.visible(NAME);
    }

    static UnitPage open(BrowserTestBase test, long id) {
        test.open("org/unit.xhtml?id=" + id);
        return new UnitPage(test);
    }

    String name() {
        return BrowserTestBase.driver.findElement(NAME).getText().strip();
    }

    String breadcrumbs() {
        return BrowserTestBase.driver.findElement(By.id("breadcrumbs")).getText().strip();
    }

    List<String> peopleHeaders() {
        return TreePage.texts(BrowserTestBase.driver.findElements(By.cssSelector("[id='people'] thead th")));
    }

    List<Person> people() {
        return BrowserTestBase.driver.findElements(PEOPLE_ROWS).stream().map(row -> {
            List<WebElement> cells = row.findElements(By.cssSelector(":scope > td"));
            String first = cells.get(0).getText().strip();
            boolean head = first.endsWith("★");
            String name = cells.get(0).findElement(By.tagName("a")).getText().strip();
            return new Person(name, head, cells.get(1).getText().strip(), cells.get(2).getText().strip(),
                    cells.get(3).getText().strip());
        }).collect(Collectors.toList());
    }

    EmployeePage openPerson(String name) {
        WebElement link = BrowserTestBase.driver.findElements(By.cssSelector("[id='people_data'] > tr > td:first-child a"))
                .stream().filter(a -> a.getText().strip().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("nobody named " + name + " on unit page " + name()));
        link.click();
        test.waitUntilGone(link);
        return new EmployeePage(test);
    }
}
