package id.sikerja.interfaces.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The "msg" bundle (faces-config: id.sikerja.i18n.messages, Indonesian default, English second):
 * both languages have the same keys, no key is empty, and every key a page or a domain rule uses
 * exists — a missing key shows the user the raw key instead of a sentence.
 */
class MessageBundleTest {

    private static final Path PROJECT = Path.of(System.getProperty("user.dir"));
    private static final Path BUNDLES = PROJECT.resolve("src/main/resources/id/sikerja/i18n");
    private static final Path INDONESIAN = BUNDLES.resolve("messages_id.properties");
    private static final Path ENGLISH = BUNDLES.resolve("messages_en.properties");
    private static final Path WEBAPP = PROJECT.resolve("webapp");

    /** #{msg['some.key']}, #{msg["some.key"]} and #{msg.someKey}, also inside larger expressions. */
    private static final Pattern BRACKET_KEY = Pattern.compile("(?<![\\w.])msg\\[\\s*['\"]([^'\"]+)['\"]\\s*]");
    private static final Pattern DOT_KEY = Pattern.compile("(?<![\\w.])msg\\.([A-Za-z_$][\\w$]*)");

    @Test
    void everyIndonesianKeyIsInEnglish() {
        Set<String> missing = new TreeSet<>(load(INDONESIAN).stringPropertyNames());
        missing.removeAll(load(ENGLISH).stringPropertyNames());

        assertTrue(missing.isEmpty(), () -> missing.size() + " keys missing in " + ENGLISH.getFileName() + ":\n  "
                + String.join("\n  ", missing));
    }

    @Test
    void everyEnglishKeyIsInIndonesian() {
        Set<String> missing = new TreeSet<>(load(ENGLISH).stringPropertyNames());
        missing.removeAll(load(INDONESIAN).stringPropertyNames());

        assertTrue(missing.isEmpty(), () -> missing.size() + " keys missing in " + INDONESIAN.getFileName() + ":\n  "
                + String.join("\n  ", missing));
    }

    @Test
    void noValueIsEmpty() {
        List<String> empty = new ArrayList<>();
        for (Path bundle : List.of(INDONESIAN, ENGLISH)) {
            Properties p = load(bundle);
            new TreeSet<>(p.stringPropertyNames()).stream().filter(k -> p.getProperty(k).isBlank())
                    .forEach(k -> empty.add(bundle.getFileName() + ": " + k));
        }

        assertTrue(empty.isEmpty(), () -> "empty messages:\n  " + String.join("\n  ", empty));
    }

    @Test
    void messagesWithArgumentsAreValidMessageFormats() {
        List<String> broken = new ArrayList<>();
        for (Path bundle : List.of(INDONESIAN, ENGLISH)) {
            Properties p = load(bundle);
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                String value = p.getProperty(key);
                if (!value.matches("(?s).*\\{\\d.*")) {
                    continue;
                }
                try {
                    new MessageFormat(value);
                } catch (IllegalArgumentException e) {
                    broken.add(bundle.getFileName() + ": " + key + " (" + e.getMessage() + ")");
                    continue;
                }
                // a lone apostrophe starts a quoted section in MessageFormat: "{0}" after it is printed as is
                if (value.replace("''", "").contains("'")) {
                    broken.add(bundle.getFileName() + ": " + key + " has a single ' (write '' in messages with arguments)");
                }
            }
        }

        assertTrue(broken.isEmpty(), () -> "messages that format wrongly:\n  " + String.join("\n  ", broken));
    }

    @Test
    void everyKeyUsedInAPageExists() throws IOException {
        Properties indonesian = load(INDONESIAN);
        TreeMap<String, Set<String>> missing = new TreeMap<>();
        for (Path page : pages()) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            for (Pattern pattern : List.of(BRACKET_KEY, DOT_KEY)) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    if (!indonesian.containsKey(m.group(1))) {
                        missing.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(WEBAPP.relativize(page).toString());
                    }
                }
            }
        }

        assertTrue(missing.isEmpty(), () -> missing.size() + " keys used in pages but missing in "
                + INDONESIAN.getFileName() + ":\n  " + String.join("\n  ",
                missing.entrySet().stream().map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")").toList()));
    }

    @Test
    void everyRuleKeyOfTheDomainHasAMessage() throws IOException {
        Properties indonesian = load(INDONESIAN);
        Set<String> missing = new TreeSet<>(domainMessageKeys());
        missing.removeIf(indonesian::containsKey);

        assertTrue(missing.isEmpty(), () -> missing.size() + " message keys thrown by the domain and application "
                + "but missing in " + INDONESIAN.getFileName() + " (the user would see the raw key):\n  "
                + String.join("\n  ", missing));
    }

    @Test
    void keyExtractionFindsBothNotations() {
        String page = "<h:outputText value=\"#{msg['unit.title']}\"/> #{msg.appName} #{empty x ? msg[\"a.b\"] : bean.msg.no}";

        List<String> keys = new ArrayList<>();
        for (Pattern pattern : List.of(BRACKET_KEY, DOT_KEY)) {
            pattern.matcher(page).results().forEach(r -> keys.add(r.group(1)));
        }

        assertTrue(keys.containsAll(List.of("unit.title", "a.b", "appName")) && keys.size() == 3, keys::toString);
    }

    // ---- helpers

    /** Reads a bundle as ResourceBundle does (UTF-8), failing clearly when it is missing or not UTF-8. */
    private static Properties load(Path bundle) {
        if (!Files.isRegularFile(bundle)) {
            fail("message bundle missing: " + bundle + " (faces-config registers id.sikerja.i18n.messages as msg)");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(bundle))).toString();
            Properties properties = new Properties();
            properties.load(new StringReader(text));
            return properties;
        } catch (CharacterCodingException e) {
            throw new AssertionError(bundle + " is not UTF-8: ResourceBundle would read it as ISO-8859-1", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> pages() throws IOException {
        if (!Files.isDirectory(WEBAPP)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        }
    }

    /**
     * Message keys passed to BusinessRuleException (and its subclasses' super calls) in the domain and
     * application sources: the string literals of the first argument, which may be a conditional.
     */
    static Set<String> domainMessageKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern call = Pattern.compile("new\\s+BusinessRuleException\\s*\\(|\\bsuper\\s*\\(");
        Pattern literal = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");
        for (String layer : List.of("domain", "application")) {
            Path root = PROJECT.resolve("src/main/java/id/sikerja").resolve(layer);
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String code = Files.readString(file, StandardCharsets.UTF_8);
                    if (!code.contains("BusinessRuleException") && !code.contains("extends BusinessRuleException")) {
                        continue;
                    }
                    boolean exceptionClass = code.contains("extends BusinessRuleException");
                    Matcher m = call.matcher(code);
                    while (m.find()) {
                        if (m.group().startsWith("super") && !exceptionClass) {
                            continue;
                        }
                        Matcher l = literal.matcher(firstArgument(code, m.end()));
                        while (l.find()) {
                            keys.add(l.group(1));
                        }
                    }
                }
            }
        }
        if (keys.size() < 10) {
            fail("found only " + keys + " as domain message keys: the scan is broken");
        }
        return keys;
    }

    /** The text of the first argument of a call whose "(" ends just before {@code from}. */
    private static String firstArgument(String code, int from) {
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0 || c == ',' && depth == 0) {
                return code.substring(from, i);
            }
        }
        return code.substring(from);
    }
}
