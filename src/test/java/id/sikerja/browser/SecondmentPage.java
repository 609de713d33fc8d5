package id.sikerja.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

/** Page object of /work/secondment.xhtml: the chain, the caller's step, the letters. */
class SecondmentPage {

    private final BrowserTestBase test;

    SecondmentPage(BrowserTestBase test) {
        this.test = test;
        test.visible(By.id("secondmentStatus"));
    }

    static SecondmentPage open(BrowserTestBase test, long id) {
        test.open("work/secondment.xhtml?id=" + id);
        return new SecondmentPage(test);
    }

    String status() {
        return BrowserTestBase.driver.findElement(By.id("secondmentStatus")).getText().strip();
    }

    boolean myStep() {
        return !BrowserTestBase.driver.findElements(By.id("step:refuse")).isEmpty();
    }

    SecondmentPage approve() {
        click("step:approve");
        return new SecondmentPage(test);
    }

    SecondmentPage refuse(String reason) {
        WebElement input = test.visible(By.id("step:reason"));
        input.sendKeys(reason);
        click("step:refuse");
        return new SecondmentPage(test);
    }

    /** Ticks the first candidate, writes the task and names them. */
    SecondmentPage nominateFirst(String task) {
        test.visible(By.cssSelector("[id='step:nominees'] .ui-chkbox-box")).click();
        WebElement tasks = test.visible(By.id("step:tasks"));
        tasks.sendKeys(task);
        click("step:nominate");
        return new SecondmentPage(test);
    }

    String refusalReason() {
        return test.visible(By.id("refusalReason")).getText().strip();
    }

    /** The hrefs of the letter links: the request's letters and the assignment letters. */
    List<String> letterLinks() {
        return BrowserTestBase.driver.findElements(By.cssSelector("#letters a, a.letter-link")).stream()
                .map(a -> a.getAttribute("href")).toList();
    }

    private void click(String id) {
        WebElement button = test.visible(By.id(id));
        button.click();
        test.waitUntilGone(button);
        test.waitForAjax();
    }
}
