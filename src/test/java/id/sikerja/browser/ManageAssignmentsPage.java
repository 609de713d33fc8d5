package id.sikerja.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Page object of /work/manage.xhtml ("Kelola Penugasan"): the secondment request form and the request list. */
class ManageAssignmentsPage {

    private final BrowserTestBase test;

    ManageAssignmentsPage(BrowserTestBase test) {
        this.test = test;
        test.visible(By.id("request:requestButton"));
    }

    static ManageAssignmentsPage open(BrowserTestBase test) {
        test.open("work/manage.xhtml");
        return new ManageAssignmentsPage(test);
    }

    /** Fills and sends a secondment request to the first unit the search offers; returns the request's id. */
    long requestPeople(String unitSearch, String purpose) {
        WebElement target = test.visible(By.id("request:target_input"));
        target.sendKeys(unitSearch);
        WebElement item = test.visible(By.cssSelector("[id='request:target_panel'] li.ui-autocomplete-item"));
        item.click();
        test.waitForAjax();
        type("request:purpose", purpose);
        type("request:competences", "Pengelolaan arsip dinamis");
        type("request:expected", "Arsip rujukan 2025 terdigitalisasi");
        type("request:duration", "3 bulan");
        WebElement button = test.visible(By.id("request:requestButton"));
        button.click();
        test.waitForAjax();
        WebElement link = test.visible(By.xpath("//a[contains(@class,'secondment-link') and normalize-space(text())='"
                + purpose + "']"));
        String href = link.getAttribute("href");
        return Long.parseLong(href.substring(href.indexOf("id=") + 3));
    }

    private void type(String id, String text) {
        WebElement input = test.visible(By.id(id));
        input.clear();
        input.sendKeys(text);
    }
}
