package id.sikerja.browser;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Browser tests drive Debian's headless Chromium through chromedriver against the WAR Arquillian
 * deployed. One browser per test class; every test starts signed out (cookies cleared), in
 * Bahasa Indonesia. A failing test leaves a screenshot and the page source in
 * {@code <build dir>/browser-failures/}.
 */
@ExtendWith(BrowserTestBase.CaptureOnFailure.class)
public abstract class BrowserTestBase {

    public static final String PASSWORD = "sikerja-demo";
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final Properties INDONESIAN = bundle("id");
    private static final Properties ENGLISH = bundle("en");

    protected static WebDriver driver;
    private static ChromeDriverService service;
    private static Path userDataDir;

    /** The deployed application, e.g. http://127.0.0.1:8180/sikerja/ . */
    @ArquillianResource
    protected URL base;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (driver != null) {
            return;
        }
        Path buildDir = buildDir();
        userDataDir = buildDir.resolve("chrome-" + UUID.randomUUID());
        Files.createDirectories(userDataDir);
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .withLogOutput(System.err)
                .withSilent(true)
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + userDataDir.toAbsolutePath());
        // The console, to catch what the content security policy refused (see noScriptWasRefused).
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            driver = null;
            if (service != null) {
                service.stop();
                service = null;
            }
            deleteQuietly(userDataDir);
            userDataDir = null;
        }
    }

    /** Every test starts signed out with a fresh session (so also in the default language). */
    @BeforeEach
    void signedOut() {
        open("login.xhtml");
        driver.manage().deleteAllCookies();
    }

    /**
     * Whatever a test did, the browser refused no script, style or frame for the content security policy:
     * a refused script is a button that silently does nothing.
     */
    @AfterEach
    void noScriptWasRefused() {
        if (driver == null) {
            return;
        }
        List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(m -> m.contains("Content Security Policy")).toList();
        if (!refused.isEmpty()) {
            throw new AssertionError("the content security policy refused: " + refused);
        }
    }

    // ---- navigation -------------------------------------------------------------------------

    /** Opens a page of the application by its path relative to the context root, e.g. "org/tree.xhtml". */
    protected void open(String path) {
        driver.get(url(path));
    }

    protected String url(String path) {
        String root = base.toExternalForm();
        if (!root.endsWith("/")) {
            root += "/";
        }
        return root + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** Signs in with the demo password and waits for the home page. */
    protected HomePage login(String username) {
        LoginPage page = LoginPage.open(this);
        page.submit(username, PASSWORD);
        wait(TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome")));
        return new HomePage(this);
    }

    // ---- waiting ----------------------------------------------------------------------------

    protected WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    /** Waits until PrimeFaces' ajax queue is empty and jQuery has no request in flight. */
    protected void waitForAjax() {
        wait(TIMEOUT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active == 0);")));
    }

    /**
     * Waits until an element is gone from the page (after a click that loads a new page or replaces the DOM).
     * Chromedriver reports a node of a document being replaced either as stale or as "does not belong to the
     * document"; both mean gone.
     */
    protected void waitUntilGone(WebElement element) {
        wait(TIMEOUT).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                return e.getMessage() != null && e.getMessage().contains("does not belong to the document");
            }
        });
    }

    protected WebElement visible(By by) {
        return wait(TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    // ---- texts from the bundles -------------------------------------------------------------

    /** The Indonesian text of a bundle key, formatted like UiMessages does. */
    protected static String msg(String key, Object... args) {
        return text(INDONESIAN, Locale.forLanguageTag("id"), key, args);
    }

    /** The English text of a bundle key. */
    protected static String msgEn(String key, Object... args) {
        return text(ENGLISH, Locale.ENGLISH, key, args);
    }

    private static String text(Properties bundle, Locale locale, String key, Object... args) {
        String pattern = bundle.getProperty(key);
        if (pattern == null) {
            throw new AssertionError("bundle key missing: " + key + " (" + locale + ")");
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    private static Properties bundle(String language) {
        String resource = "/id/sikerja/i18n/messages_" + language + ".properties";
        Properties properties = new Properties();
        try (InputStream in = BrowserTestBase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("not on the test class path: " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    // ---- files and failures -----------------------------------------------------------------

    protected static Path buildDir() {
        return Path.of(System.getProperty("sikerja.build.dir", "target")).toAbsolutePath();
    }

    /** Saves a screenshot and the page source under the build dir; returns the PNG's path. */
    public static Path capture(String name) {
        if (driver == null) {
            return null;
        }
        try {
            Path dir = buildDir().resolve("browser-failures");
            Files.createDirectories(dir);
            String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
            Path png = dir.resolve(safe + ".png");
            Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(safe + ".html"),
                    "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
            return png;
        } catch (IOException | RuntimeException e) {
            System.err.println("[browser] could not capture " + name + ": " + e);
            return null;
        }
    }

    /** Takes the screenshot of a failed test before the browser goes away. */
    public static class CaptureOnFailure implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            String name = context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName();
            Path png = capture(name);
            if (png != null) {
                System.err.println("[browser] " + name + " failed at " + driver.getCurrentUrl() + "; screenshot: " + png);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover profile directory in the build dir is harmless
        }
    }
}
