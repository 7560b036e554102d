package org.radsim.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class ParameterDiffTest {

    @Test
    void listsChangedSettingsAsSetPaths() throws Exception {
        ObjectMapper j = new ObjectMapper();
        var base = j.readTree("""
                {"name":"baseline","description":"a","seed":1,
                 "regions":[{"name":"east","unemployment":0.3},{"name":"west","unemployment":0.1}],
                 "interventions":[]}""");
        var alt = j.readTree("""
                {"name":"jobs","description":"b","seed":1,
                 "regions":[{"name":"west","unemployment":0.1},{"name":"east","unemployment":0.2}],
                 "interventions":[{"type":"jobs","name":null,"coverage":0.25,"regions":["east"]}]}""");
        assertEquals(List.of(
                        new ParameterDiff("regions[east].unemployment", "0.3", "0.2"),
                        new ParameterDiff("interventions[0].type", ParameterDiff.ABSENT, "jobs"),
                        new ParameterDiff("interventions[0].coverage", ParameterDiff.ABSENT, "0.25"),
                        new ParameterDiff("interventions[0].regions", ParameterDiff.ABSENT, "[east]")),
                ParameterDiff.between(base, alt));
    }
}
