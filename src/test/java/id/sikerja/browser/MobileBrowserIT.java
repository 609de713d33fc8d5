package id.sikerja.browser;

import id.sikerja.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A 390x844 phone: pages fit the width (no sideways scrolling) and the menu can be used. */
@ExtendWith(ArquillianExtension.class)
class MobileBrowserIT extends BrowserTestBase {

    static final int WIDTH = 390;
    static final int HEIGHT = 844;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void phone() {
        driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 3, "mobile", true));
        // a phone has a touch screen: PrimeFaces menus then open on tap instead of on hover
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setTouchEmulationEnabled",
                Map.of("enabled", true, "maxTouchPoints", 5));
    }

    @Test
    void loginPageFits() {
        LoginPage.open(this);

        assertViewportIsPhone();
        assertNoHorizontalScrolling("login");
        assertWithinViewport(driver.findElement(LoginPage.SUBMIT), "sign-in button");
    }

    @Test
    void homePageFitsAndMenuIsReachable() {
        login("klaten.admin");

        assertViewportIsPhone();
        assertNoHorizontalScrolling("home");
        assertFalse(driver.findElement(By.id("topForm:menuHome")).isDisplayed(),
                "the menu is folded on a phone, so the page starts with its content");
        assertWithinViewport(driver.findElement(HomePage.WELCOME), "welcome line");
        openMenu();
        for (String id : List.of("topForm:menuHome", "topForm:menuTree", "topForm:menuEmployees", "topForm:langEn",
                "topForm:logout")) {
            WebElement item = driver.findElement(By.id(id));
            assertTrue(item.isDisplayed(), id + " is shown");
            assertWithinViewport(item, id);
        }
    }

    @Test
    void treePageFitsAlsoWhenExpanded() {
        login("klaten.admin");
        TreePage tree = TreePage.open(this);
        assertNoHorizontalScrolling("tree");

        tree.expand("Dinas Kesehatan");
        tree.expand("RSUD Bagas Waras");

        assertNoHorizontalScrolling("expanded tree");
    }

    /** On a phone the tree's lines (name, type, level, head, headcount) should wrap, not hide to the right. */
    @Test
    void treeLinesAreReadableWithoutScrollingTheTreeSideways() {
        login("klaten.admin");
        TreePage.open(this);

        WebElement tree = driver.findElement(TreePage.TREE);
        // the tree or a box inside it (PrimeFaces' ul.ui-tree-container) scrolls sideways when lines do not wrap
        String hidden = (String) script("""
                var worst = null, extra = 1;
                [arguments[0]].concat(Array.from(arguments[0].querySelectorAll('*'))).forEach(function (e) {
                  var over = e.scrollWidth - e.clientWidth, style = getComputedStyle(e).overflowX;
                  if (style !== 'visible' && over > extra) { extra = over; worst = e; }
                });
                return worst ? worst.tagName + '.' + worst.className + ' hides ' + extra + 'px of '
                    + worst.scrollWidth + 'px' : null;""", tree);
        assertNull(hidden, "tree lines are cut off on a phone (head names and headcounts need sideways scrolling): " + hidden);
    }

    @Test
    void menuNavigatesOnAPhone() {
        login("klaten.admin");

        openMenu();
        click(By.id("topForm:menuTree"));
        new TreePage(this);
        assertEquals(msg("tree.title"), HomePage.heading());

        openMenu();
        click(By.id("topForm:menuEmployees"));
        new EmployeeListPage(this);
        assertNoHorizontalScrolling("employee list");

        // the administration submenu opens on tap and its items work
        openMenu();
        WebElement admin = driver.findElement(By.xpath("//a[contains(@class,'ui-submenu-link')][.//span[normalize-space(.)="
                + TreePage.literal(msg("menu.admin")) + "]]"));
        admin.click();
        WebElement problems = wait(TIMEOUT).until(ExpectedConditions.elementToBeClickable(By.id("topForm:menuProblems")));
        assertWithinViewport(problems, "problems menu item");
        click(By.id("topForm:menuProblems"));
        wait(TIMEOUT).until(d -> HomePage.heading().equals(msg("problems.title")));
        assertNoHorizontalScrolling("problems");

        openMenu();
        click(By.id("topForm:logout"));
        new LoginPage(this);
    }

    @Test
    void employeePageFits() {
        login("klaten.admin");
        EmployeeListPage list = EmployeeListPage.open(this);
        EmployeePage page = EmployeePage.open(this, list.rows().get(0).id());

        assertNoHorizontalScrolling("employee " + page.name());
    }

    private void click(By by) {
        WebElement element = wait(TIMEOUT).until(ExpectedConditions.elementToBeClickable(by));
        element.click();
        waitUntilGone(element);
    }

    private void assertViewportIsPhone() {
        assertEquals(WIDTH, ((Number) script("return window.innerWidth")).intValue(), "viewport width");
    }

    private void assertNoHorizontalScrolling(String page) {
        long scrollWidth = ((Number) script("return document.documentElement.scrollWidth")).longValue();
        long innerWidth = ((Number) script("return window.innerWidth")).longValue();
        assertTrue(scrollWidth <= innerWidth + 1,
                page + " is " + scrollWidth + "px wide on a " + innerWidth + "px screen: " + widestElement());
    }

    private void assertWithinViewport(WebElement element, String what) {
        @SuppressWarnings("unchecked")
        Map<String, Object> rect = (Map<String, Object>) script(
                "var r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right};", element);
        double left = ((Number) rect.get("left")).doubleValue();
        double right = ((Number) rect.get("right")).doubleValue();
        assertTrue(left >= -1 && right <= WIDTH + 1, what + " lies outside the screen: " + left + ".." + right);
    }

    /** For the failure message: the element sticking out furthest to the right. */
    private String widestElement() {
        return String.valueOf(script(
                "var worst = null, max = window.innerWidth;"
                        + "document.querySelectorAll('body *').forEach(function (e) {"
                        + "  var r = e.getBoundingClientRect(); if (r.right > max) { max = r.right; worst = e; } });"
                        + "return worst ? worst.tagName + '#' + worst.id + '.' + worst.className + ' right=' + max : 'none';"));
    }

    /** Taps the menu button; the menu then unfolds below the top bar. */
    private void openMenu() {
        WebElement toggle = visible(By.id("menuToggle"));
        assertEquals("false", toggle.getAttribute("aria-expanded"), "the menu starts folded on each page");
        toggle.click();
        wait(TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(By.id("topForm:menuHome")));
        assertEquals("true", toggle.getAttribute("aria-expanded"));
    }
}
