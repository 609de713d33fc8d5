package id.sikerja.architecture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Layering rules of the house, checked on the source text (package-info of each layer states them):
 * the domain and application layers know nothing of Faces, PrimeFaces, OmniFaces or the
 * EntityManager; the domain depends on no other layer.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of(System.getProperty("user.dir"), "src", "main", "java", "id", "sikerja");

    /** "import x.y.Z;" and "import static x.y.Z.m;" — the imported name. */
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.*]+)\\s*;", Pattern.MULTILINE);

    private static final List<String> UI_AND_PERSISTENCE_CONTEXT = List.of("jakarta.faces", "org.primefaces",
            "org.omnifaces", "jakarta.persistence.EntityManager");

    @Test
    void domainDoesNotUseFacesOrTheEntityManager() {
        assertNoReference("domain", UI_AND_PERSISTENCE_CONTEXT);
    }

    @Test
    void applicationDoesNotUseFacesOrTheEntityManager() {
        assertNoReference("application", UI_AND_PERSISTENCE_CONTEXT);
    }

    @Test
    void domainDependsOnNoOtherLayer() {
        assertNoReference("domain", List.of("id.sikerja.infrastructure", "id.sikerja.interfaces",
                "id.sikerja.application"));
    }

    @Test
    void checkerReportsImportsAndQualifiedNamesButNotComments(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Bad.java"), """
                package x;
                import jakarta.faces.context.FacesContext;
                import static org.omnifaces.util.Faces.getLocale;
                import jakarta.persistence.EntityManager;
                class Bad { Object o = org.primefaces.PrimeFaces.current(); }
                """);
        Files.writeString(dir.resolve("Fine.java"), """
                package x;
                import jakarta.persistence.Entity;
                import jakarta.facesx.Other;
                /** Never use jakarta.faces.context.FacesContext here. */
                class Fine { // nor org.primefaces
                }
                """);

        List<String> offenders = offenders(dir, UI_AND_PERSISTENCE_CONTEXT);

        assertEquals(4, offenders.size(), () -> String.join("\n", offenders));
        assertTrue(offenders.stream().allMatch(o -> o.startsWith("Bad.java")), () -> String.join("\n", offenders));
    }

    @Test
    void theScanSeesTheSources() {
        assertTrue(javaFiles("domain").size() > 10, "domain sources found under " + SOURCES);
        assertTrue(javaFiles("application").size() > 3, "application sources found under " + SOURCES);
    }

    /**
     * Fails listing every file of {@code layer} that imports, or names fully qualified in code, a
     * package or type starting with one of {@code forbidden}.
     */
    private static void assertNoReference(String layer, List<String> forbidden) {
        Path root = SOURCES.resolve(layer);
        assertTrue(Files.isDirectory(root), "no source directory " + root + " (user.dir must be the project)");
        List<String> offenders = offenders(root, forbidden);
        assertTrue(offenders.isEmpty(), () -> layer + " must not reference " + forbidden + ":\n  "
                + String.join("\n  ", offenders));
    }

    static List<String> offenders(Path root, List<String> forbidden) {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles(root)) {
            String code = withoutComments(read(file));
            Matcher imports = IMPORT.matcher(code);
            while (imports.find()) {
                String imported = imports.group(1);
                forbidden.stream().filter(f -> startsWithName(imported, f))
                        .forEach(f -> offenders.add(root.relativize(file) + ": import " + imported));
            }
            String body = IMPORT.matcher(code).replaceAll("");
            for (String f : forbidden) {
                Matcher qualified = Pattern.compile("\\b" + Pattern.quote(f) + "(?![\\w])").matcher(body);
                if (qualified.find()) {
                    offenders.add(root.relativize(file) + ": uses " + f + " fully qualified");
                }
            }
        }
        return offenders;
    }

    /** "jakarta.faces" matches jakarta.faces and jakarta.faces.x but not jakarta.facesx. */
    private static boolean startsWithName(String name, String prefix) {
        return name.equals(prefix) || name.startsWith(prefix + ".")
                || prefix.equals("jakarta.persistence.EntityManager") && name.startsWith(prefix);
    }

    private static List<Path> javaFiles(String layer) {
        return javaFiles(SOURCES.resolve(layer));
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Block and line comments removed, so Javadoc may mention what the code must not use. */
    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", "");
    }

}
