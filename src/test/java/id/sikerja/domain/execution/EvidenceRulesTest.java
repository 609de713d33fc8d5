package id.sikerja.domain.execution;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static id.sikerja.domain.organisation.Fixtures.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EvidenceRulesTest {

    private final EvidenceRules rules = new EvidenceRules(5 * 1024 * 1024, Set.of("image/jpeg", "application/pdf"));
    private final Set<String> jpeg = Set.of(".jpg", ".jpeg", ".jpe", ".jfif");
    private final Set<String> pdf = Set.of(".pdf");

    @Test
    void anAcceptedFileIsOfAnAllowedTypeNamedLikeWhatItIs() {
        rules.check("foto kegiatan.JPG", 200_000, "image/jpeg", jpeg);
        rules.check("laporan.pdf", 5 * 1024 * 1024, "application/pdf", pdf);
    }

    @Test
    void emptyAndOversizedFilesAreRefused() {
        assertRefused("evidence.empty", () -> rules.check("foto.jpg", 0, "image/jpeg", jpeg));
        assertEquals("5", assertRefused("evidence.tooLarge",
                () -> rules.check("foto.jpg", 5 * 1024 * 1024 + 1, "image/jpeg", jpeg)).getArguments().get(0));
    }

    @Test
    void theTypeComesFromTheBytesNotTheName() {
        assertRefused("evidence.typeNotAllowed", () -> rules.check("foto.jpg", 1000, "application/x-msdownload",
                Set.of(".exe")));
        assertRefused("evidence.typeNotAllowed", () -> rules.check("data.zip", 1000, "application/zip", Set.of(".zip")));
        assertRefused("evidence.disguised", () -> rules.check("foto.jpg", 1000, "application/pdf", pdf));
        assertRefused("evidence.disguised", () -> rules.check("laporan", 1000, "application/pdf", pdf));
    }

    @Test
    void theKeptNameIsTheLastPathElementWithoutControlCharacters() {
        assertEquals("foto.jpg", EvidenceRules.cleanName("C:\\Users\\andi\\foto.jpg"));
        assertEquals("foto.jpg", EvidenceRules.cleanName("../../etc/foto.jpg"));
        assertEquals("laporan.pdf", EvidenceRules.cleanName("lapor\u0000an\".pdf"));
        assertEquals("bukti", EvidenceRules.cleanName("  "));
        assertEquals(255, EvidenceRules.cleanName("a".repeat(300) + ".pdf").length());
        assertEquals(".pdf", EvidenceRules.extensionOf("a".repeat(300) + ".PDF"));
    }
}
