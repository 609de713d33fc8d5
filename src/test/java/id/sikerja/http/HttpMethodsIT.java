package id.sikerja.http;

import id.sikerja.testsupport.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Public and protected pages refuse methods other than GET, HEAD and POST, signed in or not. */
@ExtendWith(ArquillianExtension.class)
class HttpMethodsIT {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "PUT,     login.xhtml,                                    true",
            "DELETE,  login.xhtml,                                    true",
            "PATCH,   login.xhtml,                                    true",
            "OPTIONS, login.xhtml,                                    true",
            "PUT,     error/404.xhtml,                                true",
            "DELETE,  jakarta.faces.resource/css/sikerja.css.xhtml,   true",
            "PUT,     index.xhtml,                                    false",
            "DELETE,  org/tree.xhtml,                                 false",
    })
    void otherMethodsAreRefused(String method, String path, boolean publicPage) throws URISyntaxException {
        WebClient anonymous = new WebClient(base.toURI());
        assertRefused(method + " " + path + " signed out", anonymous.send(method, path), publicPage);

        WebClient signedIn = new WebClient(base.toURI());
        assertEquals(302, signedIn.signIn("klaten.admin", "sikerja-demo").statusCode());
        assertRefused(method + " " + path + " signed in", signedIn.send(method, path), publicPage);
    }

    private static void assertRefused(String what, HttpResponse<String> answer, boolean publicPage) {
        // 405 from the filter; a protected page may already be refused by the container's constraint (403)
        if (publicPage) {
            assertEquals(405, answer.statusCode(), what);
        }
        assertTrue(answer.statusCode() == 405 || answer.statusCode() == 403, what + ": " + answer.statusCode());
        if (answer.statusCode() == 405) {
            assertEquals("GET, HEAD, POST", answer.headers().firstValue("Allow").orElse(""), what);
        }
        assertFalse(answer.body().contains("jakarta.faces.ViewState"), what + " rendered a page");
    }
}
