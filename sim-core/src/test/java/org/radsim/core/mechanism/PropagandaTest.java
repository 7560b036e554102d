package org.radsim.core.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.radsim.core.model.RadicalizationModel;
import org.radsim.core.model.Scenarios;
import org.radsim.core.scenario.Scenario;

class PropagandaTest {

    @Test
    void aRegionWhoseLanguageIsNotCoveredIsReachedOnlyByLeakage() {
        Scenario s = Scenarios.of("""
                regions:
                  - {name: a, share: 0.5, language: pashto, online_access: 0.5}
                  - {name: b, share: 0.5, language: tajik, online_access: 0.5}
                propaganda: {reach: 10, languages: [pashto], leakage: 0.2}
                """);
        RadicalizationModel m = new RadicalizationModel(s, 1, 1);
        m.start();
        Propaganda p = new Propaganda(s, m.population(), m.levers(), new org.radsim.core.replication.Blocks(10, 1, 1));
        assertEquals(1 - Math.exp(-10 * 1.0 * 0.5 / 52), p.exposure(0), 1e-15);
        assertEquals(1 - Math.exp(-10 * 0.2 * 0.5 / 52), p.exposure(1), 1e-15);
    }

    @Test
    void morePropagandaRadicalizesMore() {
        String base = Scenarios.SMALL;
        double low = finalRadicalized(Scenarios.of(base, "propaganda.reach=1", "ticks=150", "recruiters.initial=0"));
        double high = finalRadicalized(Scenarios.of(base, "propaganda.reach=40", "ticks=150", "recruiters.initial=0"));
        assertEquals(true, high > low, "radicalized with reach 40 (" + high + ") vs 1 (" + low + ")");
    }

    private static double finalRadicalized(Scenario s) {
        RadicalizationModel m = new RadicalizationModel(s, 5, 1);
        var rows = Scenarios.rows(m);
        return rows.get(rows.size() - 1)[Scenarios.column(m.layout(), "radicalized")];
    }
}
