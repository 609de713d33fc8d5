package id.sikerja.interfaces.web;

import id.sikerja.domain.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordIdConverterTest {

    @Test
    void aRecordIdIsAPositiveWholeNumber() {
        assertEquals(42L, RecordIdConverter.parse("42"));
        assertEquals(Long.MAX_VALUE, RecordIdConverter.parse(String.valueOf(Long.MAX_VALUE)));
        assertNull(RecordIdConverter.parse(null));
        assertNull(RecordIdConverter.parse(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.5", "99999999999999999999", "9223372036854775808", "-1", "0", " 1", "1e3",
            "١٢", "1\u0000"})
    void anythingElseNamesNoRecord(String value) {
        assertThrows(NotFoundException.class, () -> RecordIdConverter.parse(value));
    }

    /** Every view parameter of every page goes through the converter, or a malformed id would end in a 500. */
    @Test
    void everyViewParameterUsesTheConverter() throws IOException {
        Pattern viewParam = Pattern.compile("<f:viewParam\\b[^>]*>");
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty("user.dir"), "webapp"))) {
            List<String> missing = files.filter(f -> f.toString().endsWith(".xhtml")).flatMap(f -> {
                try {
                    Matcher m = viewParam.matcher(Files.readString(f));
                    return m.results().map(r -> r.group()).filter(tag -> !tag.contains("converter=\"recordId\""))
                            .map(tag -> f.getFileName() + ": " + tag).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertTrue(missing.isEmpty(), "view parameters without converter=\"recordId\": " + missing);
        }
    }
}
