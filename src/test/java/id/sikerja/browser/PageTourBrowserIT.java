package id.sikerja.browser;

import id.sikerja.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every role opens every page its menu offers: none may answer with an error page, show a bundle key
 * that is missing, leave PrimeFaces' English defaults in an Indonesian screen, or prefill a field with
 * the label of an empty choice. A page added to a menu is covered without touching this test.
 */
@ExtendWith(ArquillianExtension.class)
class PageTourBrowserIT extends BrowserTestBase {

    /** PrimeFaces' own English texts that must not reach an Indonesian screen. */
    private static final List<String> ENGLISH_DEFAULTS = List.of("No records found", "Select One", "Choose");

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"klaten.pegawai", "klaten.ketua", "klaten.kabid", "klaten.kadis", "klaten.sekda",
            "klaten.bupati", "klaten.admin", "klaten.pengawas", "pasuruan.kabid", "kayong.sekda"})
    void everyMenuPageOfTheRoleOpensCleanly(String username) {
        login(username);
        Set<String> pages = menuPages();
        assertTrue(pages.size() >= 5, "a menu of pages for " + username + ": " + pages);

        List<String> problems = new ArrayList<>();
        // The first record page of each kind the menu pages link to (an employee, a unit, an SKP...).
        java.util.Map<String, String> records = new java.util.LinkedHashMap<>();
        List<String> queue = new ArrayList<>(pages);
        for (int i = 0; i < queue.size(); i++) {
            String page = queue.get(i);
            driver.get(page);
            waitForAjax();
            if (i < pages.size()) {
                for (WebElement link : driver.findElements(By.cssSelector(".content a[href*='.xhtml?']"))) {
                    String href = link.getAttribute("href");
                    String kind = href == null ? null : href.replaceFirst("\\?.*", "");
                    if (kind != null && href.contains("/sikerja/") && !href.contains("/letter")
                            && records.putIfAbsent(kind, href) == null) {
                        queue.add(href);
                    }
                }
            }
            String where = page.substring(page.indexOf("/sikerja/") + 8);
            if (!driver.findElements(By.id("errorTitle")).isEmpty()) {
                problems.add(where + ": error page '" + driver.findElement(By.id("errorTitle")).getText() + "'");
                continue;
            }
            String text = driver.findElement(By.tagName("body")).getText();
            if (text.isBlank()) {
                problems.add(where + ": blank page");
            }
            if (text.contains("???")) {
                problems.add(where + ": a missing message key");
            }
            ENGLISH_DEFAULTS.stream().filter(text::contains)
                    .forEach(english -> problems.add(where + ": English default '" + english + "'"));
            for (WebElement input : driver.findElements(By.cssSelector("input[type='text']"))) {
                String value = input.getAttribute("value");
                if (value != null && value.strip().matches("^[—,\\s-]+$")) {
                    problems.add(where + ": field " + input.getAttribute("id") + " prefilled with '" + value + "'");
                }
            }
        }
        assertTrue(problems.isEmpty(), username + " met: " + problems);
        assertTrue(username.endsWith(".pegawai") || !records.isEmpty(), "record pages reached: " + records.keySet());
    }

    /** Addresses of the pages the menu bar links to (not the language switch or sign-out). */
    private Set<String> menuPages() {
        Set<String> pages = new LinkedHashSet<>();
        for (WebElement link : driver.findElements(By.cssSelector(".mainmenu a[href]"))) {
            String href = link.getAttribute("href");
            if (href != null && href.contains("/sikerja/") && href.contains(".xhtml")) {
                pages.add(href);
            }
        }
        return pages;
    }
}
