package id.sikerja.interfaces.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Indonesian screens use the regulations' terms: the read-only oversight body is the Tim Transformasi
 * Manajemen (not "Tim Pengawas", which a reader takes for holders of a Jabatan Pengawas), and a changed
 * performance agreement is a Perubahan Perjanjian Kinerja (not an "amandemen").
 */
class TerminologyTest {

    private static final Path PROJECT = Path.of(System.getProperty("user.dir"));

    /** Word not to use → the regulations' term. */
    private static final Map<String, String> REPLACED = Map.of(
            "tim pengawas", "Tim Transformasi Manajemen",
            "amandemen", "Perubahan Perjanjian Kinerja");

    @Test
    void indonesianTextsUseTheRegulationsTerms() throws IOException {
        Properties id = new Properties();
        try (Reader r = Files.newBufferedReader(PROJECT.resolve("src/main/resources/id/sikerja/i18n/messages_id.properties"),
                StandardCharsets.UTF_8)) {
            id.load(r);
        }
        List<String> found = new ArrayList<>();
        for (String key : new TreeSet<>(id.stringPropertyNames())) {
            String value = id.getProperty(key).toLowerCase(Locale.ROOT);
            REPLACED.forEach((word, term) -> {
                if (value.contains(word)) {
                    found.add(key + ": \"" + word + "\" → " + term);
                }
            });
        }
        try (Stream<Path> pages = Files.walk(PROJECT.resolve("webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                String text = Files.readString(page, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                REPLACED.forEach((word, term) -> {
                    if (text.contains(word)) {
                        found.add(PROJECT.relativize(page) + ": \"" + word + "\" → " + term);
                    }
                });
            }
        }
        assertTrue(found.isEmpty(), () -> "terms the regulations do not use:\n  " + String.join("\n  ", found));
        assertEquals("Tim Transformasi Manajemen (hanya baca)", id.getProperty("role.OVERSIGHT"));
    }
}
