package id.sikerja.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.stream.Collectors;

/** /login.xhtml: username, password, submit, language links, messages. */
public class LoginPage {

    static final By USERNAME = By.id("login:username");
    static final By PASSWORD = By.id("login:password");
    static final By SUBMIT = By.id("login:submit");
    static final By MESSAGES = By.id("login:loginMessages");

    private final BrowserTestBase test;

    LoginPage(BrowserTestBase test) {
        this.test = test;
        test.visible(USERNAME);
    }

    static LoginPage open(BrowserTestBase test) {
        test.open("login.xhtml");
        return new LoginPage(test);
    }

    /** Whether the browser shows the sign-in form (e.g. after a redirect). */
    static boolean isShown() {
        return !BrowserTestBase.driver.findElements(USERNAME).isEmpty()
                && BrowserTestBase.driver.getCurrentUrl().contains("/login.xhtml");
    }

    /** Fills in and submits the form (a full page request); does not wait for any particular outcome. */
    void submit(String username, String password) {
        WebElement user = test.visible(USERNAME);
        user.clear();
        user.sendKeys(username);
        WebElement pass = BrowserTestBase.driver.findElement(PASSWORD);
        pass.clear();
        pass.sendKeys(password);
        WebElement button = BrowserTestBase.driver.findElement(SUBMIT);
        button.click();
        test.waitUntilGone(button);
    }

    /** The texts of the messages shown above the form. */
    List<String> messages() {
        return BrowserTestBase.driver.findElements(By.cssSelector("[id='login:loginMessages'] li")).stream()
                .map(WebElement::getText).map(String::strip).collect(Collectors.toList());
    }

    String usernameLabel() {
        // the label ends with PrimeFaces' required-field asterisk
        return BrowserTestBase.driver.findElement(By.cssSelector("label[for='login:username'] .ui-outputlabel-label"))
                .getText().strip();
    }

    String submitText() {
        return BrowserTestBase.driver.findElement(SUBMIT).getText().strip();
    }

    String tagline() {
        return BrowserTestBase.driver.findElement(By.cssSelector(".login-box p.muted")).getText().strip();
    }

    LoginPage switchToEnglish() {
        return switchLanguage("login:langEn");
    }

    LoginPage switchToIndonesian() {
        return switchLanguage("login:langId");
    }

    private LoginPage switchLanguage(String id) {
        WebElement link = test.visible(By.id(id));
        link.click();
        test.waitUntilGone(link);
        return new LoginPage(test);
    }
}
