package id.sikerja.infrastructure.files;

import id.sikerja.application.ContentTypes;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * {@link ContentTypes} with Apache Tika's magic-byte detector. No file name is given to it, so a name cannot make a
 * file look like something else.
 */
@ApplicationScoped
public class TikaContentTypes implements ContentTypes {

    private final MimeTypes types = MimeTypes.getDefaultMimeTypes();
    private final Detector detector = types;

    @Override
    public Detected detect(InputStream in) throws IOException {
        InputStream marked = in.markSupported() ? in : new BufferedInputStream(in);
        MediaType type = detector.detect(marked, new Metadata());
        String name = type.getBaseType().toString();
        Set<String> extensions = new LinkedHashSet<>();
        try {
            for (String e : types.forName(name).getExtensions()) {
                extensions.add(e.toLowerCase(Locale.ROOT));
            }
        } catch (MimeTypeException e) {
            // an unknown type has no extensions: it is refused by type anyway
        }
        if (name.equals("image/jpeg")) {
            extensions.add(".jfif");
        }
        return new Detected(name, Set.copyOf(extensions));
    }
}
