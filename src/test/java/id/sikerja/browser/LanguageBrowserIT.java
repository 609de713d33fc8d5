package id.sikerja.browser;

import id.sikerja.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bahasa Indonesia by default, English on request (the ID/EN links), kept while navigating. */
@ExtendWith(ArquillianExtension.class)
class LanguageBrowserIT extends BrowserTestBase {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void switchingToEnglishAndBack() {
        login("klaten.admin");
        assertMenu(false, true);
        assertEquals("id", htmlLang());
        TreePage.open(this);

        HomePage.switchLanguage(this, "en");

        assertAll(
                () -> assertMenu(true, true),
                () -> assertEquals("en", htmlLang()),
                () -> assertEquals(msgEn("tree.title"), HomePage.heading()),
                () -> assertEquals(msgEn("tree.search"), driver.findElement(TreePage.FIND).getText().strip()),
                () -> assertEquals(msgEn("tree.searchPlaceholder"), driver.findElement(TreePage.SEARCH).getAttribute("placeholder")),
                () -> assertTrue(new TreePage(this).rootNames().contains("Dinas Kesehatan"), "the tree is still there"));

        // the choice stays while moving around
        HomePage home = HomePage.open(this);
        String welcome = home.welcome();
        String roles = home.rolesText();
        assertTrue(welcome.startsWith(msgEn("home.welcome") + ", ") && welcome.length() > msgEn("home.welcome").length() + 3, welcome);
        assertTrue(roles.startsWith(msgEn("home.roles")) && roles.contains(msgEn("role.ADMIN")), roles);
        EmployeeListPage.open(this);
        assertEquals(msgEn("employees.title"), HomePage.heading());
        assertEquals(msgEn("menu.employees"), driver.findElement(By.id("topForm:menuEmployees")).getText().strip());

        HomePage.switchLanguage(this, "id");

        assertEquals(msg("employees.title"), HomePage.heading());
        assertMenu(false, true);
        assertEquals("id", htmlLang());
        TreePage.open(this);
        assertEquals(msg("tree.title"), HomePage.heading());
    }

    /** Switching language on the home page re-renders the same page: it must still show the person, roles and counts. */
    @Test
    void homePageKeepsItsContentWhenSwitchingLanguage() {
        HomePage home = login("klaten.admin");
        String name = home.welcome().substring((msg("home.welcome") + ", ").length());
        String count = driver.findElement(By.cssSelector("#problemCard .number")).getText().strip();

        HomePage.switchLanguage(this, "en");

        HomePage english = new HomePage(this);
        assertAll(
                () -> assertEquals(msgEn("home.welcome") + ", " + name, english.welcome()),
                () -> assertTrue(english.rolesText().contains(msgEn("role.ADMIN")), "roles: " + english.rolesText()),
                () -> assertEquals(count, driver.findElement(By.cssSelector("#problemCard .number")).getText().strip(),
                        "appraiser problem count"),
                () -> assertFalse(driver.findElements(By.id("myPlacement")).isEmpty(), "my position card"));
    }

    /** The same on the appraiser problems page: switching language must not make the problems disappear. */
    @Test
    void problemsPageKeepsItsContentWhenSwitchingLanguage() {
        login("klaten.admin");
        open("admin/problems.xhtml");
        int problems = driver.findElements(By.cssSelector("[id='problems_data'] > tr:not(.ui-datatable-empty-message)")).size();
        assertTrue(problems > 0, "the demo data has appraiser problems");

        HomePage.switchLanguage(this, "en");

        assertEquals(msgEn("problems.title"), HomePage.heading());
        String table = driver.findElement(By.id("problems")).getText();
        assertEquals(problems, driver.findElements(By.cssSelector("[id='problems_data'] > tr:not(.ui-datatable-empty-message)")).size(),
                "after switching to English the table says: " + table);
    }

    /** PrimeFaces' own texts (date picker, paginator, table sort) come from its locale script for the page's language. */
    @Test
    void primeFacesTextsFollowTheLanguage() {
        login("klaten.admin");
        EmployeeListPage.open(this);

        assertFalse(driver.getPageSource().contains("RES_NOT_FOUND"), "a script of the page was not found (src=RES_NOT_FOUND)");
        assertEquals("Januari", script("return PrimeFaces.getLocaleSettings().monthNames[0]"), "PrimeFaces month names");

        HomePage.switchLanguage(this, "en");
        assertEquals("January", script("return PrimeFaces.getLocaleSettings().monthNames[0]"));
    }

    @Test
    void messagesFollowTheLanguage() {
        login("klaten.admin");
        HomePage.switchLanguage(this, "en");
        TreePage tree = TreePage.open(this);

        tree.search("No Such Unit");

        assertEquals(List.of(msgEn("tree.noResults", "No Such Unit")), EmployeePage.messages());
    }

    @Test
    void loginPageSwitchesLanguage() {
        LoginPage page = LoginPage.open(this);
        assertEquals(msg("login.username"), page.usernameLabel());

        page = page.switchToEnglish();

        assertEquals(msgEn("login.username"), page.usernameLabel());
        assertEquals(msgEn("login.submit"), page.submitText());
        assertEquals(msgEn("app.tagline"), page.tagline());
        assertEquals("en", htmlLang());

        page.submit("klaten.admin", "wrong-password");
        page = new LoginPage(this);
        assertEquals(List.of(msgEn("login.failed")), page.messages());

        page = page.switchToIndonesian();
        assertEquals(msg("login.username"), page.usernameLabel());
        assertEquals(msg("login.submit"), page.submitText());
    }

    @Test
    void languageChosenBeforeSigningInIsKept() {
        LoginPage page = LoginPage.open(this).switchToEnglish();

        page.submit("klaten.kadis", PASSWORD);

        HomePage home = new HomePage(this);
        assertTrue(home.welcome().startsWith(msgEn("home.welcome") + ","), home.welcome());
        assertMenu(true, false);
    }

    @Test
    void errorPagesFollowTheLanguage() {
        login("klaten.pegawai");
        HomePage.switchLanguage(this, "en");

        open("admin/problems.xhtml");

        assertEquals(msgEn("error.403.title"), visible(By.id("errorTitle")).getText().strip());
    }

    private static void assertMenu(boolean english, boolean admin) {
        String menu = HomePage.menuText();
        List<String> keys = admin ? List.of("menu.home", "menu.tree", "menu.employees", "menu.admin", "menu.logout")
                : List.of("menu.home", "menu.tree", "menu.employees", "menu.logout");
        for (String key : keys) {
            String expected = english ? msgEn(key) : msg(key);
            String other = english ? msg(key) : msgEn(key);
            assertTrue(menu.contains(expected), "menu shows " + expected + ": " + menu);
            assertFalse(menu.contains(other) && !expected.contains(other), "menu still shows " + other + ": " + menu);
        }
    }

    private static String htmlLang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }
}
