package org.radsim.core.classic.civilviolence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.radsim.core.scenario.ScenarioException;
import org.radsim.core.scenario.ScenarioLoader;

class CivilViolenceTest {

    private static CivilViolence model(String civilViolence, int ticks, long seed) throws ScenarioException {
        return new CivilViolence(ScenarioLoader.fromText("model: civil-violence\nticks: " + ticks
                + "\ncivil_violence: {" + civilViolence + "}\n", "test", List.of()), seed);
    }

    private static List<double[]> rows(CivilViolence m) throws IOException {
        List<double[]> rows = new ArrayList<>();
        m.run((t, g, r) -> rows.add(g.clone()));
        return rows;
    }

    @Test
    void netLogoDefaultsPlace1120CitizensAnd64Cops() throws Exception {
        CivilViolence m = model("", 1, 1);
        List<double[]> rows = rows(m);
        assertEquals(1120, m.citizens());
        assertEquals(64, m.cops());
        assertEquals(List.of("actives", "quiet", "jailed", "cops", "mean_grievance", "legitimacy"), m.layout().global());
        assertEquals(1120, rows.get(0)[1], "everyone starts quiet");
    }

    @Test
    void everyCitizenIsActiveQuietOrJailed() throws Exception {
        for (double[] r : rows(model("", 300, 7))) {
            assertEquals(1120, r[0] + r[1] + r[2], 0.0);
        }
    }

    @Test
    void sameSeedSameRunAndAnotherSeedAnotherRun() throws Exception {
        List<double[]> a = rows(model("", 200, 11));
        List<double[]> b = rows(model("", 200, 11));
        List<double[]> c = rows(model("", 200, 12));
        for (int t = 0; t < a.size(); t++) {
            assertArrayEquals(a.get(t), b.get(t));
        }
        boolean differs = false;
        for (int t = 0; t < a.size(); t++) {
            differs |= a.get(t)[0] != c.get(t)[0];
        }
        assertTrue(differs);
    }

    @Test
    void aRestartReplaysTheRun() throws Exception {
        CivilViolence m = model("", 100, 13);
        List<double[]> first = rows(m);
        List<double[]> again = rows(m);
        for (int t = 0; t < first.size(); t++) {
            assertArrayEquals(first.get(t), again.get(t));
        }
    }

    @Test
    void infiniteJailTermOnlyEverFillsTheJail() throws Exception {
        List<double[]> rows = rows(model("max_jail_term: -1, legitimacy: 0.5", 200, 3));
        for (int t = 1; t < rows.size(); t++) {
            assertTrue(rows.get(t)[2] >= rows.get(t - 1)[2]);
        }
        assertTrue(rows.get(rows.size() - 1)[2] > 0, "low legitimacy fills the jail");
    }

    @Test
    void legitimacyStepAndCopRampFollowTheirSchedules() throws Exception {
        List<double[]> rows = rows(model("legitimacy_change: {type: step, start: 50, value: 0.6}, "
                + "cop_density_change: {type: ramp, start: 10, end: 110, value: 0.02}", 120, 5));
        assertEquals(0.82, rows.get(49)[5], 0.0);
        assertEquals(0.6, rows.get(50)[5], 0.0);
        assertEquals(64, rows.get(10)[3], 0.0);
        assertEquals(Math.round((0.04 + (0.02 - 0.04) * 0.5) * 1600), rows.get(60)[3], 0.0);
        assertEquals(32, rows.get(110)[3], 0.0);
        assertTrue(rows.get(60)[4] > rows.get(40)[4], "grievance rises when legitimacy falls");
    }

    @Test
    void withoutMovementFreeCitizensStayPut() throws Exception {
        CivilViolence m = model("movement: false", 1, 9);
        m.start();
        int[] before = new int[m.citizens()];
        for (int i = 0; i < before.length; i++) {
            before[i] = m.citizenCell(i);
        }
        for (int t = 0; t < 50; t++) {
            m.schedule.step(m);
        }
        for (int i = 0; i < before.length; i++) {
            assertEquals(before[i], m.citizenCell(i));
        }
    }

    @Test
    void theLiteralRuleChangesTheOutcome() throws Exception {
        CivilViolence floor = model("", 400, 21);
        CivilViolence literal = model("arrest_rule: literal", 400, 21);
        rows(floor);
        rows(literal);
        assertNotEquals(floor.outbursts().peak(), literal.outbursts().peak());
        assertTrue(floor.outbursts().peak() > 50, "floor: outbursts");
        assertTrue(literal.outbursts().peak() < 50, "literal: none");
    }
}
