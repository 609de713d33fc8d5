package id.sikerja.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.stream.Collectors;

/** /org/tree.xhtml: the organisation tree (loaded one level per expand) and the unit search. */
public class TreePage {

    static final By TREE = By.id("tree:orgTree");
    static final By SEARCH = By.id("tree:search");
    static final By FIND = By.id("tree:find");
    static final By RESULT_ROWS = By.cssSelector("[id='tree:resultTable_data'] > tr");

    private final BrowserTestBase test;

    TreePage(BrowserTestBase test) {
        this.test = test;
        test.visible(TREE);
    }

    static TreePage open(BrowserTestBase test) {
        test.open("org/tree.xhtml");
        return new TreePage(test);
    }

    /** Names of the top-level nodes (the departments). */
    List<String> rootNames() {
        return texts(BrowserTestBase.driver.findElements(
                By.cssSelector("[id='tree:orgTree'] > ul > li > .ui-treenode-content :is(a.unit-link, span.unit-name)")));
    }

    /** The tree node (li) whose own label is {@code name}; the first one if several match. */
    WebElement node(String name) {
        return test.visible(By.xpath("//div[@id='tree:orgTree']//li[contains(@class,'ui-treenode')]"
                + "[./div[contains(@class,'ui-treenode-content')]//*[(contains(@class,'unit-link') or contains(@class,'unit-name')) and normalize-space(.)="
                + literal(name) + "]]"));
    }

    /** Clicks the node's toggler and waits until its children are loaded and shown. */
    void expand(String name) {
        WebElement toggler = node(name).findElement(By.cssSelector(":scope > .ui-treenode-content .ui-tree-toggler"));
        toggler.click();
        test.waitForAjax();
        test.wait(BrowserTestBase.TIMEOUT).until(d -> !childNames(name).isEmpty());
    }

    /** Names of the visible children of a node. */
    List<String> childNames(String name) {
        return texts(node(name).findElements(
                By.cssSelector(":scope > ul.ui-treenode-children > li > .ui-treenode-content :is(a.unit-link, span.unit-name)")).stream()
                .filter(WebElement::isDisplayed).collect(Collectors.toList()));
    }

    /** The whole visible line of a node: name, type, level, head, headcount. */
    String nodeLine(String name) {
        return node(name).findElement(By.cssSelector(":scope > .ui-treenode-content")).getText().strip();
    }

    void search(String text) {
        WebElement input = test.visible(SEARCH);
        input.clear();
        input.sendKeys(text);
        BrowserTestBase.driver.findElement(FIND).click();
        test.waitForAjax();
    }

    /** Names of the units in the search results. */
    List<String> resultNames() {
        return texts(BrowserTestBase.driver.findElements(By.cssSelector("[id='tree:resultTable_data'] > tr > td:first-child a")));
    }

    /** The department column of the search results. */
    List<String> resultDepartments() {
        return BrowserTestBase.driver.findElements(RESULT_ROWS).stream()
                .map(r -> r.findElements(By.cssSelector("td")).get(1).getText().strip())
                .collect(Collectors.toList());
    }

    UnitPage openResult(String name) {
        WebElement link = BrowserTestBase.driver.findElements(By.cssSelector("[id='tree:resultTable_data'] > tr > td:first-child a"))
                .stream().filter(a -> a.getText().strip().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no search result named " + name + " in " + resultNames()));
        link.click();
        test.waitUntilGone(link);
        return new UnitPage(test);
    }

    static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).map(String::strip).collect(Collectors.toList());
    }

    /** An XPath string literal for any text (quotes included). */
    static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        return "concat('" + text.replace("'", "',\"'\",'") + "')";
    }
}
