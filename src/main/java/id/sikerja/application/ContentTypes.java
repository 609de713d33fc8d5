package id.sikerja.application;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/** Tells what a file is from its first bytes, whatever its name says. */
public interface ContentTypes {

    /** Reads the start of {@code in} (which it does not close). */
    Detected detect(InputStream in) throws IOException;

    /**
     * @param mediaType  e.g. {@code image/jpeg}
     * @param extensions the file name extensions of that type, lower case with the dot
     */
    record Detected(String mediaType, Set<String> extensions) {
    }
}
