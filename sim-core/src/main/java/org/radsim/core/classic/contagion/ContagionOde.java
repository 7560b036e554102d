package org.radsim.core.classic.contagion;

import java.io.Serializable;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.FirstOrderIntegrator;
import org.apache.commons.math3.ode.nonstiff.DormandPrince54Integrator;

/**
 * The mean field of the recruitment contagion (McCluskey &amp; Santoprete 2018 structure):
 * <pre>
 *   S' = μ − βSR − μS,   E' = βSR − (γ + μ)E,   R' = γE − μR
 * </pre>
 * integrated with the adaptive Dormand–Prince 5(4) method of Commons Math.
 */
public final class ContagionOde implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ContagionParams p;
    private final double[] state;
    private double time;
    // Commons Math objects are not serializable: rebuilt on first use after a checkpoint is restored.
    private transient FirstOrderIntegrator integrator;

    public ContagionOde(ContagionParams p) {
        this.p = p;
        // 1 − 0.99 − 0.01 is 8.7e−18 in floating point: an empty compartment starts at exactly 0.
        double e = 1 - p.s0() - p.r0();
        state = new double[] {p.s0(), e < 1e-12 ? 0 : e, p.r0()};
    }

    /** Advances the solution by {@code dt}. */
    public void advance(double dt) {
        if (integrator == null) {
            integrator = new DormandPrince54Integrator(1e-12, Math.max(p.dt(), 1e-9), 1e-12, 1e-10);
        }
        double target = time + dt;
        integrator.integrate(equations(p.beta(), p.gamma(), p.mu()), time, state, target, state);
        time = target;
    }

    private static FirstOrderDifferentialEquations equations(double beta, double gamma, double mu) {
        return new FirstOrderDifferentialEquations() {
            @Override
            public int getDimension() {
                return 3;
            }

            @Override
            public void computeDerivatives(double t, double[] y, double[] d) {
                double s = y[0];
                double e = y[1];
                double r = y[2];
                d[0] = mu - beta * s * r - mu * s;
                d[1] = beta * s * r - (gamma + mu) * e;
                d[2] = gamma * e - mu * r;
            }
        };
    }

    /** The current {S, E, R} (a copy). */
    public double[] state() {
        return state.clone();
    }

    public double time() {
        return time;
    }
}
