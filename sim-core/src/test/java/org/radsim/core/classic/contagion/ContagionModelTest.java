package org.radsim.core.classic.contagion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.radsim.core.scenario.ScenarioLoader;

class ContagionModelTest {

    private static final ContagionParams ODE1 = new ContagionParams(20_000, 0.1, 0.5, 0.1, 0.02, 0.99, 0.01);

    @Test
    void equilibriumFormulasByHand() {
        // R0 = βγ/(μ(γ+μ)) = 0.05/0.0024 = 20.8333…
        assertEquals(0.05 / 0.0024, ODE1.reproductionNumber(), 1e-12);
        double r0 = 0.05 / 0.0024;
        double[] eq = ODE1.equilibrium();
        assertEquals(1 / r0, eq[0], 1e-12);                       // S* = 0.048
        assertEquals(0.02 * 0.02 * (r0 - 1) / 0.05, eq[1], 1e-12); // E* = 0.158667
        assertEquals(0.02 * (r0 - 1) / 0.5, eq[2], 1e-12);         // R* = 0.793333
        assertEquals(0.048, eq[0], 1e-12);
        assertEquals(1.0, eq[0] + eq[1] + eq[2], 1e-12);
        // and it is a fixed point of the right-hand side
        double s = eq[0];
        double e = eq[1];
        double r = eq[2];
        assertEquals(0, 0.02 - 0.5 * s * r - 0.02 * s, 1e-12);
        assertEquals(0, 0.5 * s * r - 0.12 * e, 1e-12);
        assertEquals(0, 0.1 * e - 0.02 * r, 1e-12);
    }

    @Test
    void belowThresholdTheEquilibriumIsExtremistFree() {
        ContagionParams p = new ContagionParams(100, 0.1, 0.01, 0.1, 0.02, 0.99, 0.01);
        assertArrayEquals(new double[] {1, 0, 0}, p.equilibrium());
    }

    @Test
    void integratedOdeConvergesToTheEquilibrium() {
        ContagionOde ode = new ContagionOde(ODE1);
        for (int t = 0; t < 20_000; t++) {
            ode.advance(0.1);
        }
        assertArrayEquals(ODE1.equilibrium(), ode.state(), 1e-6);
        assertEquals(2000.0, ode.time(), 1e-9);
    }

    @Test
    void agentsStartAtS0AndR0AndFractionsStaySummedToOne() throws Exception {
        ContagionModel m = new ContagionModel(ScenarioLoader.fromText(
                "model: contagion\nticks: 50\ncontagion: {n: 1000, s0: 0.9, r0: 0.05}\n", "test", List.of()), 1);
        m.run((t, g, r) -> {
            assertEquals(1.0, g[0] + g[1] + g[2], 1e-12);
            if (t == 0) {
                assertArrayEquals(new double[] {0.9, 0.05, 0.05}, new double[] {g[0], g[1], g[2]}, 1e-12);
                assertArrayEquals(new double[] {0.9, 0.05, 0.05}, new double[] {g[3], g[4], g[5]}, 1e-12);
            }
        });
        assertEquals(50, m.steps());
        assertEquals(5.0, m.time(), 1e-12);
    }
}
