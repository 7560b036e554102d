package org.radsim.analysis.decision;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SelectionTest {

    private static final List<String> COLUMNS = List.of("recruits_averted", "baseline_recruits",
            "regions[border-east].unemployment", "cost");

    private static boolean eval(String expr, double... row) {
        return Selection.parse(expr, COLUMNS).test(row);
    }

    @Test
    void comparesArithmeticOfColumns() {
        assertTrue(eval("recruits_averted < 0.1 * baseline_recruits", 5, 100, 0, 0));
        assertFalse(eval("recruits_averted < 0.1 * baseline_recruits", 15, 100, 0, 0));
        assertTrue(eval("(recruits_averted + 5) / 2 == 10", 15, 0, 0, 0));
        assertTrue(eval("-cost >= -1e3", 0, 0, 0, 999));
    }

    @Test
    void andBindsTighterThanOr() {
        // true or (false and false) = true; (true or false) and false would be false
        assertTrue(eval("cost > 0 or cost > 5 and cost > 6", 0, 0, 0, 1));
        assertFalse(eval("(cost > 0 or cost > 5) and cost > 6", 0, 0, 0, 1));
        assertTrue(eval("not cost > 5 && !(cost == 3)", 0, 0, 0, 1));
    }

    @Test
    void backquotesNameAnyColumn() {
        assertTrue(eval("`regions[border-east].unemployment` >= 0.3", 0, 0, 0.3, 0));
    }

    @Test
    void unknownColumnNamesTheColumnAndTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Selection.parse("averted < 3", COLUMNS));
        assertTrue(e.getMessage().contains("column 1: unknown column 'averted' (did you mean 'recruits_averted'?)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("the columns are: recruits_averted, baseline_recruits"));
    }

    @Test
    void malformedExpressionsAreRefusedWithAPosition() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Selection.parse("cost +", COLUMNS))
                .getMessage().contains("column 7"));
        assertThrows(IllegalArgumentException.class, () -> Selection.parse("cost * 2", COLUMNS));
        assertThrows(IllegalArgumentException.class, () -> Selection.parse("(cost > 1) + 1 > 0", COLUMNS));
        assertThrows(IllegalArgumentException.class, () -> Selection.parse("cost > 1 )", COLUMNS));
        assertThrows(IllegalArgumentException.class, () -> Selection.parse("cost > 1 and 2", COLUMNS));
        assertThrows(IllegalArgumentException.class, () -> Selection.parse("system.exit(1) > 0", COLUMNS));
    }
}
