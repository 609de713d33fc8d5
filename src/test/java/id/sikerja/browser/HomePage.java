package id.sikerja.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** /index.xhtml and the layout every signed-in page shares (menu bar, language links, sign-out). */
public class HomePage {

    static final By WELCOME = By.id("welcome");
    static final By ROLES = By.id("roles");
    static final By MENU = By.id("topForm:menu");
    static final By ERROR_TITLE = By.id("errorTitle");

    private final BrowserTestBase test;

    HomePage(BrowserTestBase test) {
        this.test = test;
        test.visible(WELCOME);
    }

    static HomePage open(BrowserTestBase test) {
        test.open("index.xhtml");
        return new HomePage(test);
    }

    String welcome() {
        return BrowserTestBase.driver.findElement(WELCOME).getText().strip();
    }

    /** The whole "Peran Anda: ..." line. */
    String rolesText() {
        return BrowserTestBase.driver.findElement(ROLES).getText().strip();
    }

    /** The role codes shown (from the role-XYZ classes of the role badges). */
    Set<String> roleCodes() {
        return roleBadges().stream().map(e -> e.getAttribute("class")).flatMap(c -> List.of(c.split("\\s+")).stream())
                .filter(c -> c.startsWith("role-")).map(c -> c.substring("role-".length()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The role names as shown to the user. */
    Set<String> roleNames() {
        return roleBadges().stream().map(WebElement::getText).map(String::strip)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private List<WebElement> roleBadges() {
        return BrowserTestBase.driver.findElements(By.cssSelector("#roles span.role"));
    }

    /** Text of the top menu bar (menu items, language links, user, sign-out). */
    static String menuText() {
        return BrowserTestBase.driver.findElement(MENU).getText();
    }

    static String heading() {
        return BrowserTestBase.driver.findElement(By.cssSelector("main.content h1")).getText().strip();
    }

    /** Clicks a language link of the top bar (full page request) and waits for the page to come back. */
    static void switchLanguage(BrowserTestBase test, String language) {
        WebElement link = test.visible(By.id("id".equals(language) ? "topForm:langId" : "topForm:langEn"));
        link.click();
        test.waitUntilGone(link);
        test.wait(BrowserTestBase.TIMEOUT).until(d -> !d.findElements(MENU).isEmpty() || !d.findElements(ERROR_TITLE).isEmpty());
        List<WebElement> error = BrowserTestBase.driver.findElements(ERROR_TITLE);
        if (!error.isEmpty()) {
            throw new AssertionError("switching the language to " + language + " showed the error page \""
                    + error.get(0).getText().strip() + "\" (" + BrowserTestBase.driver.getCurrentUrl() + ")");
        }
        test.visible(MENU);
    }

    /** Signs out through the top bar's button and waits for the sign-in page. */
    static LoginPage logout(BrowserTestBase test) {
        WebElement button = test.visible(By.id("topForm:logout"));
        button.click();
        test.waitUntilGone(button);
        return new LoginPage(test);
    }
}
