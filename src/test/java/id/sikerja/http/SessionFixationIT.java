package id.sikerja.http;

import id.sikerja.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Session fixation (OWASP ASVS 4.0 V3.2.1, CWE-384): a session id planted before sign-in, e.g. on a
 * shared office computer, must not become a signed-in session. The id changes at sign-in and the old
 * one opens nothing.
 */
@ExtendWith(ArquillianExtension.class)
class SessionFixationIT {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void signingInIssuesANewSessionIdAndTheOldOneStaysSignedOut() throws URISyntaxException {
        WebClient client = new WebClient(base.toURI());
        client.get("login.xhtml");
        String planted = client.cookie("JSESSIONID");
        assertNotNull(planted, "the sign-in page starts a session");

        HttpResponse<String> signIn = client.signIn("klaten.kabid", "sikerja-demo");
        assertEquals(302, signIn.statusCode(), "a successful sign-in redirects");
        assertTrue(signIn.headers().firstValue("Location").orElse("").endsWith("/index.xhtml"),
                "to the home page: " + signIn.headers().firstValue("Location"));
        String issued = client.cookie("JSESSIONID");
        assertNotEquals(planted, issued, "the session id changes at sign-in");

        HttpResponse<String> home = client.get("index.xhtml");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("id=\"welcome\""), "the new session is signed in");

        WebClient attacker = new WebClient(base.toURI());
        attacker.cookie("JSESSIONID", planted);
        HttpResponse<String> withPlanted = attacker.get("index.xhtml");
        assertFalse(withPlanted.body().contains("id=\"welcome\""), "the planted id is not signed in");
        assertEquals(302, withPlanted.statusCode(), "the planted id is sent to sign in");
        assertTrue(withPlanted.headers().firstValue("Location").orElse("").contains("/login.xhtml"),
                "to the sign-in page: " + withPlanted.headers().firstValue("Location"));
    }
}
