package org.radsim.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.radsim.core.output.Csv;

class FormulaEscapeTest {

    @Test
    void textsAFormulaWouldStartWithGetALeadingQuote() {
        for (String s : List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "-", "=")) {
            assertEquals("'" + s, FormulaEscape.escape(s), s);
        }
    }

    @Test
    void numbersAndOrdinaryTextsAreUnchanged() {
        for (String s : List.of("-0.5", "-3", "+4", "-1.5e-7", "1E10", "-Infinity", "NaN", "capital", "border-east",
                "a=b", "", "0", "'quoted")) {
            assertEquals(s, FormulaEscape.escape(s), s);
        }
    }

    @Test
    void unescapeUndoesEscapeForEveryString() {
        for (String s : List.of("=x", "'=x", "''=x", "-1", "-x", "'", "''", "plain", "'plain", "@", "'@", "")) {
            assertEquals(s, FormulaEscape.unescape(FormulaEscape.escape(s)), s);
        }
        assertFalse(FormulaEscape.escape("'=x").equals(FormulaEscape.escape("=x")), "distinct texts stay distinct");
    }

    @Test
    void sweepFieldsAreQuotedAndEscapedTheOwaspWay() {
        assertEquals("\"'=1+2\"", Csv.field("=1+2"));
        assertEquals("\"'@a,b\"", Csv.field("@a,b"));
        assertEquals("-0.25", Csv.field("-0.25"));
        List<String> cells = Csv.split(Csv.field("=1+2") + "," + Csv.field("-0.25"));
        assertEquals("=1+2", Csv.text(cells.get(0)));
        assertEquals("-0.25", Csv.text(cells.get(1)));
        assertTrue(FormulaEscape.needsEscape("-x"));
    }
}
