package id.sikerja.infrastructure.files;

import id.sikerja.application.ContentTypes;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The detector reads the bytes: what a file is does not depend on what it is called. */
class TikaContentTypesTest {

    /** A 1×1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] EXE = new byte[512];

    static {
        EXE[0] = 'M';
        EXE[1] = 'Z';
    }

    private final TikaContentTypes types = new TikaContentTypes();

    private ContentTypes.Detected detect(byte[] bytes) throws IOException {
        return types.detect(new ByteArrayInputStream(bytes));
    }

    @Test
    void photosAndPdfsAreRecognisedWithTheirExtensions() throws IOException {
        ContentTypes.Detected png = detect(PNG);
        assertEquals("image/png", png.mediaType());
        assertTrue(png.extensions().contains(".png"), png.extensions().toString());
        ContentTypes.Detected pdf = detect(PDF);
        assertEquals("application/pdf", pdf.mediaType());
        assertTrue(pdf.extensions().contains(".pdf"));
    }

    @Test
    void aProgramIsNotAPhotoWhateverItsName() throws IOException {
        String type = detect(EXE).mediaType();
        assertTrue(type.contains("msdownload") || type.contains("dosexec") || type.equals("application/octet-stream"),
                type);
        assertEquals("text/plain", detect("halo, ini bukan foto".getBytes(StandardCharsets.UTF_8)).mediaType());
    }
}
