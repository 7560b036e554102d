package org.radsim.core.calibration;

import java.util.LinkedHashMap;
import java.util.List;

import org.radsim.core.run.RunOptions;
import org.radsim.core.scenario.Node;
import org.radsim.core.scenario.Scenario;
import org.radsim.core.scenario.ScenarioException;
import org.radsim.core.scenario.ScenarioLoader;

/**
 * A scenario run over a calibrated posterior: replication r (seed s) runs the scenario with the parameter set
 * {@link Posterior#draw(long) drawn} from the posterior by s, so a run stays a pure function of (scenario,
 * posterior, seed). Every set is validated against the scenario when the ensemble is made, so a posterior that does
 * not fit the scenario is bad input before anything runs. Recorded per replication: {@code set} (the set's index
 * in the posterior's last generation) and each parameter's value.
 */
public final class Ensemble implements RunOptions.Ensemble {

    private final Posterior posterior;
    private final Scenario[] scenarios;

    /**
     * @param scenario  the scenario file or built-in name
     * @param overrides {@code --set} overrides, applied before each set
     */
    public Ensemble(Posterior posterior, String scenario, List<String> overrides) throws ScenarioException {
        this.posterior = posterior;
        Node.Mapping tree = ScenarioLoader.readTree(scenario);
        scenarios = new Scenario[posterior.size()];
        for (int k = 0; k < scenarios.length; k++) {
            try {
                scenarios[k] = posterior.apply((Node.Mapping) ScenarioSimulator.copy(tree), overrides, k);
            } catch (ScenarioException e) {
                throw new ScenarioException(e.problems(), "parameter set " + k + " of " + posterior.file());
            }
        }
    }

    /** The posterior file's SHA-256 (recorded in run_options: a resume must use the same posterior). */
    @Override
    public String identity() {
        try {
            return "sha256:" + CalibrationFolder.sha256(java.nio.file.Files.readAllBytes(posterior.file()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Posterior posterior() {
        return posterior;
    }

    /** The scenario of set k (validated). */
    public Scenario scenarioOfSet(int k) {
        return scenarios[k];
    }

    @Override
    public Scenario scenario(int replication, long seed) {
        return scenarios[posterior.draw(seed)];
    }

    @Override
    public LinkedHashMap<String, Double> values(int replication, long seed) {
        int k = posterior.draw(seed);
        LinkedHashMap<String, Double> out = new LinkedHashMap<>();
        out.put("set", (double) k);
        double[] th = posterior.set(k);
        for (int p = 0; p < th.length; p++) {
            out.put(posterior.names().get(p), th[p]);
        }
        return out;
    }
}
