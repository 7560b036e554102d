package org.radsim.core.output;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one CSV dialect of every radsim table, read and written here only.
 *
 * <ul>
 *   <li>RFC 4180 (commons-csv): comma, double quotes only where needed, CRLF line ends, a header row;</li>
 *   <li>numbers locale-independent: whole numbers without a decimal point, others as {@link Double#toString};</li>
 *   <li>a number that is not defined (e.g. the standard deviation of one replication) is {@code NaN}, the lexical
 *       form that pandas, R, Polars, DuckDB and the Table Schema {@code number} type read as a number; a value that
 *       does not exist at all (e.g. the cost of an alternative without costs) is the empty field
 *       ({@link #MISSING}); a column never holds explanatory text — a reason goes into a column of its own;</li>
 *   <li>free text a spreadsheet would take for a formula is escaped the OWASP way ({@link FormulaEscape}) and
 *       read back with {@link #text}.</li>
 * </ul>
 *
 * Tables that stream rows by hand (the sweep's append-only tables) build each line with {@link #field} and
 * {@link #EOL} and split it with {@link #split}; that is the same dialect, one line per row.
 */
public final class Csv {

    /** RFC 4180: comma, double quotes, CRLF line ends. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180;

    /** Line ending of every table. */
    public static final String EOL = "\r\n";

    /** The field of a missing value (the Table Schema {@code missingValues} of every table). */
    public static final String MISSING = "";

    private Csv() {
    }

    /** A number as written in radsim tables ({@code NaN} when not defined). */
    public static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** A number read from a radsim table: NaN for {@code NaN} and for {@link #MISSING}. */
    public static double number(String field) {
        if (field == null || field.isEmpty()) {
            return Double.NaN;
        }
        return Double.parseDouble(field);
    }

    /** A printer of the dialect on {@code w} (no header written). */
    public static CSVPrinter printer(Writer w) throws IOException {
        return new CSVPrinter(w, FORMAT);
    }

    /**
     * A printer of the dialect that writes {@code header} first; the file appears, complete, when the printer is
     * closed ({@link AtomicFile}), never cut short.
     */
    public static CSVPrinter printer(Path file, String... header) throws IOException {
        Writer w = AtomicFile.textWriter(file);
        return new CSVPrinter(w, FORMAT.builder().setHeader(header).get());
    }

    /** {@link #printer(Path, String...)} with the header as a list. */
    public static CSVPrinter printer(Path file, List<String> header) throws IOException {
        return printer(file, header.toArray(String[]::new));
    }

    /** A parser of a table with a header row; records are read by column name. */
    public static CSVParser parser(Path file) throws IOException {
        Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        return parser(in);
    }

    /** A parser of a table with a header row read from {@code in}. */
    public static CSVParser parser(Reader in) throws IOException {
        return FORMAT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
    }

    /** A parser of a table that hands out every row, the header included, as plain records. */
    public static CSVParser rows(Path file) throws IOException {
        return FORMAT.parse(Files.newBufferedReader(file, StandardCharsets.UTF_8));
    }

    /**
     * Appends the rows of a table written in this dialect to {@code out}, byte for byte: all of it, or without its
     * first line (the header) when {@code skipHeader}. Joining parts this way keeps the joined table byte-identical
     * to one written in a single pass.
     */
    public static void appendRows(byte[] table, boolean skipHeader, java.io.OutputStream out) throws IOException {
        int from = 0;
        if (skipHeader) {
            while (from < table.length && table[from] != '\n') {
                from++;
            }
            from = Math.min(from + 1, table.length);
        }
        out.write(table, from, table.length - from);
    }

    /** The header line of a table, as {@link #FORMAT} writes it (with its {@link #EOL}). */
    public static String headerLine(List<String> columns) {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, FORMAT)) {
            p.printRecord(columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    /**
     * A free-text field of a hand-built line: escaped against formula injection, quoted when it holds a comma or
     * quote or was escaped; line breaks become spaces so each row stays one line.
     */
    public static String field(String s) {
        String raw = s.replace('\r', ' ').replace('\n', ' ');
        String t = FormulaEscape.escape(raw);
        if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || !t.equals(raw)) {
            return '"' + t.replace("\"", "\"\"") + '"';
        }
        return t;
    }

    /** The text of a field as split from a line: the original of a value escaped by {@link #field}. */
    public static String text(String field) {
        return FormulaEscape.unescape(field);
    }

    /** Splits one line written in this dialect (fields as written: see {@link #text}). */
    public static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
