package org.radsim.core.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV dialect of every radsim table: RFC 4180 (commons-csv), a header row, numbers locale-independent —
 * whole numbers without a decimal point, others as {@link Double#toString}.
 */
public final class Csv {

    /** RFC 4180: comma, double quotes, CRLF line ends. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private Csv() {
    }

    /** A number as written in radsim tables. */
    public static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    public static CSVPrinter printer(Writer w) throws IOException {
        return new CSVPrinter(w, FORMAT);
    }

    /** The header line of a table, as {@link #FORMAT} writes it. */
    public static String headerLine(List<String> columns) {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, FORMAT)) {
            p.printRecord(columns);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return sb.toString();
    }
}
