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
        return !BrowserTestBase.driver.findElements(By.id("step")).isEmpty();
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

    /** The target side answers a refusal of the Kepala Daerah with its reasons. */
    SecondmentPage answerRefusal(String reason) {
        test.visible(By.id("step:reason")).sendKeys(reason);
        click("step:answerRefusal");
        return new SecondmentPage(test);
    }

    String refusalAnswer() {
        return test.visible(By.id("refusalAnswer")).getText().strip();
    }

    /** Ticks the first candidate, writes the task and names them. */
    SecondmentPage nominateFirst(String task) {
        test.visible(By.cssSelector("[id='step:nominees'] .ui-chkbox-box")).click();
        WebElement tasks = test.visible(By.id("step:tasks"));
        tasks.sendKeys(task);
        click("step:nominate");
        return new SecondmentPage(test);
    }

    /** The chain's steps as listed ("step — state"). */
    List<String> steps() {
        return TreePage.texts(BrowserTestBase.driver.findElements(By.cssSelector("#chain > li")));
    }

    /** " — step: name" beside the status while a step is open. */
    String waitingOn() {
        return test.visible(By.id("waitingOn")).getText().strip();
    }

    /** The names of the people offered for nomination (the label up to " (NIP)" or " — "). */
    List<String> candidateNames() {
        test.visible(By.cssSelector("[id='step:nominees'] label"));
        return BrowserTestBase.driver.findElements(By.cssSelector("[id='step:nominees'] label")).stream()
                .map(l -> name(l.getText().strip())).toList();
    }

    /** Ticks the candidate so named, writes the task and names them. */
    SecondmentPage nominate(String name, String task) {
        test.visible(By.cssSelector("[id='step:nominees'] label"));
        WebElement label = BrowserTestBase.driver.findElements(By.cssSelector("[id='step:nominees'] label")).stream()
                .filter(l -> name(l.getText().strip()).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate named " + name + " in " + candidateNames()));
        label.click();
        test.visible(By.id("step:tasks")).sendKeys(task);
        click("step:nominate");
        return new SecondmentPage(test);
    }

    private static String name(String label) {
        int cut = label.length();
        for (String sep : new String[] {" (", " — "}) {
            int at = label.indexOf(sep);
            if (at > 0 && at < cut) {
                cut = at;
            }
        }
        return label.substring(0, cut).strip();
    }

    /** The people the request's assignments name. */
    List<String> assignedPeople() {
        return TreePage.texts(BrowserTestBase.driver.findElements(By.cssSelector("a.assignment-link")));
    }

    /** The ids of the request's assignments. */
    List<Long> assignmentIds() {
        return BrowserTestBase.driver.findElements(By.cssSelector("a.assignment-link")).stream()
                .map(a -> a.getAttribute("href")).map(h -> Long.parseLong(h.replaceAll(".*[?&]id=(\\d+).*", "$1")))
                .toList();
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
