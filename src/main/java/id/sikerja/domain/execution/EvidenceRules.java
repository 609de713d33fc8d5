package id.sikerja.domain.execution;

import id.sikerja.domain.shared.BusinessRuleException;

import java.util.Locale;
import java.util.Set;

/**
 * What evidence (bukti dukung) is accepted: not empty, not over the configured size, of a configured type as
 * the bytes show it — not as the file name claims — and named like what it is, so a program renamed
 * "foto.jpg" or a PDF renamed "foto.jpg" is refused. The size limit and the types are settings of the installation.
 *
 * @param maxBytes     the largest file accepted
 * @param allowedTypes media types accepted, e.g. {@code image/jpeg}, {@code application/pdf}
 */
public record EvidenceRules(long maxBytes, Set<String> allowedTypes) {

    static final int MAX_NAME = 255;

    public EvidenceRules {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes");
        }
        allowedTypes = Set.copyOf(allowedTypes);
    }

    /**
     * Checks an upload; nothing is stored when it throws.
     *
     * @param fileName          the name the user's device gave
     * @param size              the bytes received
     * @param detectedType      the media type detected from the content
     * @param detectedExtensions the file name extensions of that type, lower case with the dot (".jpg", ".jpeg")
     */
    public void check(String fileName, long size, String detectedType, Set<String> detectedExtensions) {
        if (size <= 0) {
            throw new BusinessRuleException("evidence.empty");
        }
        if (size > maxBytes) {
            throw new BusinessRuleException("evidence.tooLarge", megabytes(maxBytes));
        }
        if (detectedType == null || !allowedTypes.contains(detectedType)) {
            throw new BusinessRuleException("evidence.typeNotAllowed");
        }
        String extension = extensionOf(fileName);
        if (extension.isEmpty() || !detectedExtensions.contains(extension)) {
            throw new BusinessRuleException("evidence.disguised", cleanName(fileName));
        }
    }

    /** The name kept and offered on download: the last path element, without control characters, at most 255. */
    public static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "bukti";
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }

    static String extensionOf(String fileName) {
        String name = cleanName(fileName);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? Long.toString(bytes / (1024 * 1024))
                : String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
