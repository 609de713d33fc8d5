package id.sikerja.infrastructure.persistence;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LikeTest {

    @Test
    void metacharactersAreTakenLiterally() {
        assertEquals("/DINKES/A\\_1/", Like.escape("/DINKES/A_1/"));
        assertEquals("100\\%", Like.escape("100%"));
        assertEquals("a\\\\b", Like.escape("a\\b"), "the escape character itself first, so it is not doubled twice");
        assertEquals("\\\\\\%\\_", Like.escape("\\%_"));
        assertEquals("plain text", Like.escape("plain text"));
    }

    @Test
    void prefixAndContainsAddTheWildcardsOutsideTheEscapedValue() {
        assertEquals("/KL/A\\_1/%", Like.prefix("/KL/A_1/"));
        assertEquals("%50\\%%", Like.contains("50%"));
    }

    /**
     * Every {@code like :param} in the code is followed by {@link Like#ESCAPE} (within the same piece of
     * query text): a LIKE without it would take a bound path's {@code _} as a wildcard.
     */
    @Test
    void everyLikeInTheCodeDeclaresItsEscape() throws IOException {
        Pattern like = Pattern.compile("(?i)\\blike\\s+:");
        List<String> offenders = new ArrayList<>();
        int likes = 0;
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty("user.dir"), "src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                Matcher m = like.matcher(text);
                while (m.find()) {
                    likes++;
                    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 60));
                    if (!after.contains("Like.ESCAPE")) {
                        offenders.add(file.getFileName() + ": like :" + after.lines().findFirst().orElse(""));
                    }
                }
            }
        }
        assertTrue(likes >= 10, "the checker finds the LIKEs of the code (" + likes + ")");
        assertTrue(offenders.isEmpty(), "LIKE without Like.ESCAPE: " + offenders);
    }
}
