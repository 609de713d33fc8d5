package id.sikerja.infrastructure.importing;

import id.sikerja.application.TabularRows;
import id.sikerja.domain.shared.BusinessRuleException;
import id.sikerja.infrastructure.config.SikerjaConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@link TabularRows} for CSV and .xlsx. The upload is read into memory once (it is capped at
 * {@code sikerja.import.max-bytes}), its first bytes decide the format — a zip is a workbook, whatever
 * its name says — and rows are counted while reading, so an oversized file stops early.
 *
 * <p>Line numbers are what the user sees: physical lines of a CSV (a quoted value spanning lines
 * makes the next record start further down) and row numbers of the sheet in Excel.
 */
@ApplicationScoped
public class TabularReader implements TabularRows {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final double MEGABYTE = 1024.0 * 1024.0;

    @Inject
    SikerjaConfig config;

    private final int fixedMaxRows;
    private final long fixedMaxBytes;

    /** For CDI: limits from configuration. */
    public TabularReader() {
        this(-1, -1);
    }

    /** With fixed limits, for use without a container (tests, tools). */
    public TabularReader(int maxRows, long maxBytes) {
        this.fixedMaxRows = maxRows;
        this.fixedMaxBytes = maxBytes;
    }

    @Override
    public int maxRows() {
        return fixedMaxRows >= 0 ? fixedMaxRows : config.importMaxRows();
    }

    @Override
    public long maxBytes() {
        return fixedMaxBytes >= 0 ? fixedMaxBytes : config.importMaxBytes();
    }

    @Override
    public Table read(InputStream in, String fileName) {
        byte[] bytes = readAll(in, maxBytes());
        if (bytes.length == 0) {
            throw new BusinessRuleException("import.file.empty");
        }
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        TableBuilder table = new TableBuilder(maxRows());
        if (startsWith(bytes, ZIP)) {
            readWorkbook(bytes, table);
        } else if (startsWith(bytes, OLE2) || name.endsWith(".xls")) {
            throw new BusinessRuleException("import.file.xlsNotSupported");
        } else if (name.endsWith(".xlsx") || name.endsWith(".ods") || name.endsWith(".numbers")) {
            throw new BusinessRuleException("import.file.unsupported", fileName);
        } else {
            readCsv(bytes, table);
        }
        return table.build();
    }

    private static byte[] readAll(InputStream in, long maxBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw new BusinessRuleException("import.file.tooLarge", maxBytes / MEGABYTE);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new BusinessRuleException("import.file.unreadable", e.getMessage() == null ? "" : e.getMessage());
        }
        return out.toByteArray();
    }

    // ---- CSV

    private static void readCsv(byte[] bytes, TableBuilder table) {
        int offset = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            // Excel's plain "CSV" is Windows-1252: say how to save it instead of showing mojibake.
            throw new BusinessRuleException("import.file.notUtf8");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiterOf(text))
                .setIgnoreEmptyLines(false) // blank lines are skipped below, so that line numbers stay true
                .setIgnoreSurroundingSpaces(true)
                .get();
        long start = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                table.accept((int) start, record.toList());
                start = parser.getCurrentLineNumber() + 1;
            }
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            throw new BusinessRuleException("import.file.csvInvalid", (int) start);
        }
    }

    /** ';' when the first non-blank line has more semicolons than commas outside quotes, else ','. */
    static char delimiterOf(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        boolean seenContent = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (seenContent) {
                    break;
                }
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
            if (!Character.isWhitespace(c)) {
                seenContent = true;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    // ---- Excel

    private static void readWorkbook(byte[] bytes, TableBuilder table) {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new BusinessRuleException("import.file.noHeader");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new SheetRows(table), new IsoDateFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (BusinessRuleException e) {
            throw e;
        } catch (SAXException e) {
            if (e.getCause() instanceof BusinessRuleException refusal) {
                throw refusal;
            }
            throw new BusinessRuleException("import.file.unreadable", String.valueOf(e.getMessage()));
        } catch (Exception e) {
            // Not a workbook (another zip), a damaged one, or one POI refuses as a zip bomb.
            throw new BusinessRuleException("import.file.unreadable", String.valueOf(e.getMessage()));
        } finally {
            if (pkg != null) {
                pkg.revert(); // closes without writing anything back
            }
        }
    }

    /** Collects the cells of each sheet row by column index (blank cells are not reported by POI). */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final TableBuilder table;
        private final List<String> cells = new ArrayList<>();
        private int nextColumn;

        SheetRows(TableBuilder table) {
            this.table = table;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, formattedValue == null ? "" : formattedValue);
            nextColumn = column + 1;
        }

        @Override
        public void endRow(int rowNum) {
            table.accept(rowNum + 1, cells);
        }
    }

    /**
     * Shows cells formatted as dates as ISO dates (yyyy-MM-dd), whatever display format or locale the
     * workbook uses, so that a date typed in Excel reads like one typed in a CSV.
     */
    static final class IsoDateFormatter extends DataFormatter {

        IsoDateFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                                            boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime dateTime = DateUtil.getLocalDateTime(value, use1904Windowing);
                return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString()
                        : dateTime.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    // ---- both

    /** Turns raw rows into a {@link Table}: the first non-blank row is the header; blank rows are skipped. */
    private static final class TableBuilder {

        private final int maxRows;
        private int headerLine;
        private List<String> columns;
        private final List<Row> rows = new ArrayList<>();

        TableBuilder(int maxRows) {
            this.maxRows = maxRows;
        }

        void accept(int line, List<String> cells) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            if (columns == null) {
                header(line, cells);
                return;
            }
            if (rows.size() >= maxRows) {
                throw new BusinessRuleException("import.file.tooManyRows", maxRows);
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < Math.min(cells.size(), columns.size()); i++) {
                if (!columns.get(i).isEmpty()) {
                    values.put(columns.get(i), cells.get(i) == null ? "" : cells.get(i).strip());
                }
            }
            rows.add(new Row(line, values));
        }

        private void header(int line, List<String> cells) {
            List<String> names = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String cell : cells) {
                String name = TabularRows.normaliseColumn(cell);
                if (!name.isEmpty() && !seen.add(name)) {
                    throw new BusinessRuleException("import.file.duplicateColumn", name);
                }
                names.add(name);
            }
            headerLine = line;
            columns = names;
        }

        Table build() {
            if (columns == null) {
                throw new BusinessRuleException("import.file.noHeader");
            }
            return new Table(headerLine, columns.stream().filter(c -> !c.isEmpty()).toList(), rows);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
