package org.radsim.core.classic;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.radsim.core.replication.Replication;
import org.radsim.core.run.Models;
import org.radsim.core.scenario.ScenarioLoader;

/**
 * Each classic-model setting changes the output (same seed, one key changed): no setting is silently ignored.
 * {@code relative_agreement.stop} and {@code epsilon} are covered in {@code RelativeAgreementModelTest}.
 */
class ClassicKeysTest {

    private static final String CV = "model: civil-violence\nticks: 120\ncivil_violence: {width: 20, height: 20, vision: 3, legitimacy: 0.7}\n";
    private static final String RA = "model: relative-agreement\nticks: 30\nrelative_agreement: {n: 100, stop: fixed, uncertainty: 1.2}\n";
    private static final String CT = "model: contagion\nticks: 100\ncontagion: {n: 2000}\n";

    private static List<String> rows(String yaml, String override) throws Exception {
        List<String> overrides = override.isEmpty() ? List.of() : List.of(override);
        Replication r = Models.create(ScenarioLoader.fromText(yaml, "test", overrides), 99, 1);
        List<String> out = new ArrayList<>();
        r.run((t, g, reg) -> out.add(java.util.Arrays.toString(g)));
        out.add(r.extraSummary().toString());
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "CV; civil_violence.width=21",
            "CV; civil_violence.height=21",
            "CV; civil_violence.citizen_density=0.6",
            "CV; civil_violence.cop_density=0.06",
            "CV; civil_violence.vision=4",
            "CV; civil_violence.legitimacy=0.6",
            "CV; civil_violence.max_jail_term=5",
            "CV; civil_violence.threshold=0.05",
            "CV; civil_violence.k=1.5",
            "CV; civil_violence.arrest_rule=literal",
            "CV; civil_violence.movement=false",
            "CV; civil_violence.active_counts_itself=false",
            "CV; civil_violence.jail_term_from_zero=false",
            "CV; civil_violence.cop_moves_to_arrest=false",
            "CV; civil_violence.legitimacy_change={type: step, start: 50, value: 0.5}",
            "CV; civil_violence.cop_density_change={type: ramp, start: 20, end: 80, value: 0.01}",
            "CV; civil_violence.outburst_threshold=5",
            "RA; relative_agreement.n=101",
            "RA; relative_agreement.mu=0.3",
            "RA; relative_agreement.pe=0.3",
            "RA; relative_agreement.uncertainty=1.0",
            "RA; relative_agreement.extremist_uncertainty=0.2",
            "RA; relative_agreement.delta=0.5",
            "RA; relative_agreement.placement=band",
            "RA; relative_agreement.cutoff_offset=0.3",
            "RA; relative_agreement.cluster_gap=0.5",
            "RA; relative_agreement.cluster_min_share=0.3",
            "CT; contagion.n=2001",
            "CT; contagion.dt=0.2",
            "CT; contagion.beta=0.4",
            "CT; contagion.gamma=0.2",
            "CT; contagion.mu=0.03",
            "CT; contagion.s0=0.9",
            "CT; contagion.r0=0.005",
    })
    void changingTheSettingChangesTheOutput(String model, String override) throws Exception {
        String yaml = switch (model) {
            case "CV" -> CV;
            case "RA" -> RA;
            default -> CT;
        };
        assertFalse(rows(yaml, "").equals(rows(yaml, override)), override + " made no difference");
    }
}
