package id.sikerja.http;

import id.sikerja.testsupport.Deployments;
import id.sikerja.testsupport.EmbeddedDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-in never tells which usernames exist: an existing account and an unknown username get the same
 * answers, failure after failure, and once locked the same "too many attempts" answer, which costs the
 * same time (the locked account's answer used to skip the password hash and came back many times faster).
 */
@ExtendWith(ArquillianExtension.class)
class LoginLockoutIT {

    private static final Pattern MESSAGE = Pattern.compile("ui-messages-error-summary\">([^<]*)<");

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anExistingLockedAccountAnswersExactlyLikeAnUnknownUsername() throws URISyntaxException, SQLException {
        String suffix = Long.toString(System.nanoTime(), 36);
        String known = "it.kunci." + suffix;
        copyAccount("klaten.pegawai", known);
        String unknown = "it.tidak.ada." + suffix;
        WebClient client = new WebClient(base.toURI());

        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> k = client.signIn(known, "salah-" + attempt);
            HttpResponse<String> u = client.signIn(unknown, "salah-" + attempt);
            assertEquals(200, k.statusCode(), "attempt " + attempt);
            assertEquals(u.statusCode(), k.statusCode(), "attempt " + attempt);
            assertEquals(digitless(message(u)), digitless(message(k)), "attempt " + attempt);
            assertEquals(attempt < 5 ? "Nama pengguna atau kata sandi salah." : "Terlalu banyak percobaan gagal. Coba lagi dalam # detik.",
                    digitless(message(k)), "attempt " + attempt);
        }
        List<Long> lockedKnown = new ArrayList<>();
        List<Long> lockedUnknown = new ArrayList<>();
        for (int attempt = 1; attempt <= 7; attempt++) {
            long start = System.nanoTime();
            HttpResponse<String> k = client.signIn(known, "sikerja-demo");
            lockedKnown.add(System.nanoTime() - start);
            start = System.nanoTime();
            HttpResponse<String> u = client.signIn(unknown, "sikerja-demo");
            lockedUnknown.add(System.nanoTime() - start);

            assertEquals(u.statusCode(), k.statusCode(), "status, attempt " + attempt);
            assertEquals(200, k.statusCode(), "the right password during the lock does not sign in");
            assertTrue(message(k).startsWith("Terlalu banyak percobaan gagal"), message(k));
            assertEquals(digitless(message(u)), digitless(message(k)), "message, attempt " + attempt);
        }
        // Both answers verify one password hash (PBKDF2, 210,000 iterations, tens of milliseconds here),
        // so their medians are alike; without that work the locked answer was several times faster. The
        // factor is generous: the machine is shared and timings wobble.
        long known50 = median(lockedKnown);
        long unknown50 = median(lockedUnknown);
        assertTrue(known50 * 3 >= unknown50 && unknown50 * 3 >= known50,
                "median answer: locked account " + known50 / 1_000_000 + " ms, unknown username "
                        + unknown50 / 1_000_000 + " ms");
    }

    /** A new account with the same employee, government and password as {@code from}. */
    private static void copyAccount(String from, String username) throws SQLException {
        String url = "jdbc:postgresql://localhost:" + System.getProperty("sikerja.test.db.port", "55432") + "/sikerja";
        try (Connection c = DriverManager.getConnection(url, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
             PreparedStatement s = c.prepareStatement("insert into user_account (government_id, username, password_hash, "
                     + "employee_id, display_name) select government_id, ?, password_hash, employee_id, display_name "
                     + "from user_account where username = ?")) {
            s.setString(1, username);
            s.setString(2, from);
            assertEquals(1, s.executeUpdate(), "account " + from + " to copy");
        }
    }

    private static String message(HttpResponse<String> answer) {
        Matcher m = MESSAGE.matcher(answer.body());
        return m.find() ? m.group(1) : "(no message, status " + answer.statusCode() + ")";
    }

    private static String digitless(String text) {
        return text.replaceAll("\\d+", "#");
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
