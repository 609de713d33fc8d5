package id.sikerja.testsupport;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * Test deployments are the real sikerja.war built by this run (never a hand-listed archive), plus,
 * for in-container tests, the test classes themselves.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The application exactly as shipped. */
    public static WebArchive application() {
        File war = new File(System.getProperty("sikerja.war", "target/sikerja.war"));
        return ShrinkWrap.create(ZipImporter.class, "sikerja.war").importFrom(war).as(WebArchive.class);
    }

    /**
     * Arquillian reaches in-container tests through its servlet (/ArquillianServletRunnerEE9), which the
     * application's "everything needs a signed-in user" constraint would redirect to the sign-in page.
     * An exact-match constraint without auth-constraint is the best match for that one path and leaves
     * it open; tests choose their user with CurrentUserBean.runAs.
     */
    private static final String OPEN_TEST_RUNNER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                <name>sikerja_test_runner_open</name>
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>arquillian-test-runner</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            </web-fragment>
            """;

    /** The application with test classes added, for tests that run inside WildFly. */
    public static WebArchive withTestClasses(Class<?>... testClasses) {
        JavaArchive openRunner = ShrinkWrap.create(JavaArchive.class, "sikerja-test-runner-open.jar")
                .addAsManifestResource(new StringAsset(OPEN_TEST_RUNNER.strip()), "web-fragment.xml");
        return application().addClasses(testClasses).addAsLibrary(openRunner);
    }

    /**
     * Adds PDFBox (a test-only dependency) to an in-container test deployment, for tests that read
     * generated PDFs back. The jars come from the test classpath, resources included.
     */
    public static WebArchive withPdfReader(WebArchive archive) {
        return archive.addAsLibraries(jarOf("org.apache.pdfbox.Loader"), jarOf("org.apache.pdfbox.io.RandomAccessRead"),
                jarOf("org.apache.fontbox.FontBoxFont"));
    }

    private static File jarOf(String className) {
        try {
            return new File(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ReflectiveOperationException | java.net.URISyntaxException e) {
            throw new IllegalStateException("not on the test classpath: " + className, e);
        }
    }
}
