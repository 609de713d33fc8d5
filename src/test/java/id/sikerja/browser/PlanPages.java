package id.sikerja.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/**
 * Page objects of the plan stage: agreement, matrix, SKP and the inbox link into them. Every
 * action waits for PrimeFaces' ajax to settle; the pages re-render with update="@all".
 */
final class PlanPages {

    private PlanPages() {
    }

    static void click(BrowserTestBase test, By by) {
        WebElement element = test.visible(by);
        test.script("arguments[0].scrollIntoView({block:'center'});", element);
        element.click();
        test.waitForAjax();
    }

    /** A full-page link or non-ajax button: waits until the old page is gone. */
    static void navigate(BrowserTestBase test, By by) {
        WebElement element = test.visible(by);
        test.script("arguments[0].scrollIntoView({block:'center'});", element);
        element.click();
        test.waitUntilGone(element);
        test.waitForAjax();
    }

    static void type(BrowserTestBase test, By by, String text) {
        WebElement element = test.visible(by);
        element.clear();
        element.sendKeys(text);
    }

    /** Chooses a value of a PrimeFaces selectOneMenu through its widget. */
    static void choose(BrowserTestBase test, String clientId, String value) {
        test.script("PrimeFaces.widgets[arguments[0]].selectValue(arguments[1]);",
                "widget_" + clientId.replace(':', '_'), value);
        test.waitForAjax();
    }

    static String text(BrowserTestBase test, By by) {
        return test.visible(by).getText().strip();
    }

    static List<String> messages() {
        return EmployeePage.messages();
    }

    /** Opens the inbox and follows the first task with this action's label. */
    static void followInbox(BrowserTestBase test, String action) {
        followInbox(test, action, "");
    }

    /** Follows the inbox task of the action whose row (the task's title) contains {@code about}. */
    static void followInbox(BrowserTestBase test, String action, String about) {
        test.open("inbox.xhtml");
        test.waitForAjax();
        String label = BrowserTestBase.msg("inbox.action." + action);
        WebElement link = BrowserTestBase.driver.findElements(By.cssSelector("#inboxTable tr")).stream()
                .filter(row -> row.getText().contains(about))
                .flatMap(row -> row.findElements(By.cssSelector("a.inbox-link")).stream())
                .filter(a -> a.getText().strip().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no inbox task " + action + " in "
                        + BrowserTestBase.driver.findElement(By.tagName("main")).getText()));
        link.click();
        test.waitUntilGone(link);
        test.waitForAjax();
    }

    // ---- agreement page

    static final By AGREEMENT_STATE = By.id("agreementState");

    static void fillAgreementRow(BrowserTestBase test, int row, String objective, String indicator, String target,
                                 String unit, String workMode) {
        String prefix = "content:rows:" + row + ":";
        type(test, By.id(prefix + "objective"), objective);
        type(test, By.id(prefix + "indicator"), indicator);
        type(test, By.id(prefix + "targetValue"), target);
        type(test, By.id(prefix + "targetUnit"), unit);
        if (workMode != null) {
            choose(test, prefix + "workMode", workMode);
        }
    }

    // ---- SKP page

    static final By SKP_STATE = By.id("skpState");
}
