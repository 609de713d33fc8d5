package id.sikerja.http;

import id.sikerja.testsupport.Deployments;
import id.sikerja.testsupport.EmbeddedDatabase;
import id.sikerja.testsupport.TestDatabaseSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * PostgreSQL stops while the server runs: every page that needs it answers 503 with the "try again in a
 * moment" page (no stack trace, no generic error), health says DOWN; PostgreSQL starts again: without
 * restarting anything the same pages work, health says UP.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseOutageIT {

    private static final Duration RECOVERY = Duration.ofSeconds(60);

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void whileTheDatabaseIsDownPagesSayTryAgainAndEverythingRecoversWhenItIsBack() throws URISyntaxException {
        EmbeddedDatabase database = TestDatabaseSession.current();
        assumeTrue(database != null && database.embedded(), "needs the build's own embedded PostgreSQL");

        WebClient signedIn = new WebClient(base.toURI());
        assertEquals(302, signedIn.signIn("klaten.admin", "sikerja-demo").statusCode());
        assertEquals(200, signedIn.get("org/employees.xhtml").statusCode());
        assertEquals(200, health(), "health before the outage");

        database.stop();
        try {
            for (String page : List.of("org/employees.xhtml", "index.xhtml")) {
                HttpResponse<String> answer = signedIn.get(page);
                assertEquals(503, answer.statusCode(), page + " while the database is down");
                assertTrue(answer.body().contains("id=\"errorTitle\"") && answer.body().contains("Coba lagi sebentar lagi"),
                        page + ": not the try-again page: " + answer.body().substring(0, Math.min(300, answer.body().length())));
            }
            WebClient arriving = new WebClient(base.toURI());
            HttpResponse<String> signIn = arriving.signIn("klaten.kabid", "sikerja-demo");
            assertEquals(503, signIn.statusCode(), "signing in while the database is down");
            assertTrue(signIn.body().contains("Coba lagi sebentar lagi"), "signing in: the try-again page");
            assertEquals(503, health(), "health while the database is down");
        } finally {
            database.restart();
        }

        waitFor("the employee list works again", () -> signedIn.get("org/employees.xhtml").statusCode() == 200);
        assertTrue(signedIn.get("org/employees.xhtml").body().contains("employee.xhtml?id="), "with its employees");
        WebClient later = new WebClient(base.toURI());
        assertEquals(302, later.signIn("klaten.kabid", "sikerja-demo").statusCode(), "signing in works again");
        waitFor("health is UP again", () -> health() == 200);
    }

    /** Status of the readiness check on the management interface: 200 UP, 503 DOWN. */
    private int health() {
        int port = Integer.parseInt(System.getProperty("sikerja.management.port", "9990"));
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready")).GET()
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + RECOVERY.toSeconds() + " s");
            }
            try {
                Thread.sleep(250); // polling interval, not a wait for the condition
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
