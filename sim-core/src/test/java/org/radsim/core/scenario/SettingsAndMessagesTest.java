package org.radsim.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 items 8 and 9: no setting is silently dropped or changed, and error messages quote at most a short
 * excerpt, say each problem once and report every problem in one pass.
 */
class SettingsAndMessagesTest {

    @TempDir
    Path dir;

    private static final String TWO_REGIONS = """
            name: two
            ticks: 5
            population: {size: 200}
            regions:
              - {name: a, share: %s}
              - {name: b, share: %s}
            """;

    private ScenarioException fails(String yaml, String... overrides) throws IOException {
        Path p = dir.resolve("s.yaml");
        Files.writeString(p, yaml);
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(p.toString(), List.of(overrides)));
    }

    private static final String SMALL = "name: small\nticks: 5\npopulation: {size: 200}\n";
    private static final String RA = "name: ra\nmodel: relative-agreement\nticks: 5\nrelative_agreement: {n: 50}\n";

    /** The scenario {@code yaml} (a small radicalization one, or a relative-agreement one) with overrides. */
    private ScenarioException failsBuiltin(String yaml, String... overrides) throws IOException {
        return fails(yaml, overrides);
    }

    private Scenario loads(String yaml, String... overrides) throws Exception {
        Path p = dir.resolve("ok.yaml");
        Files.writeString(p, yaml);
        return ScenarioLoader.load(p.toString(), List.of(overrides));
    }

    @Test
    void anEmptySetValueIsAnErrorNotTheDefault() throws Exception {
        ScenarioException e = failsBuiltin(SMALL, "population.size=");
        assertEquals(1, e.problems().size());
        assertTrue(e.getMessage().contains("population.size has no value"), e.getMessage());
    }

    @Test
    void setExtendsIsAnErrorNotIgnored() throws Exception {
        ScenarioException e = failsBuiltin(SMALL, "extends=contagion");
        assertTrue(e.getMessage().contains("extends cannot be set with --set"), e.getMessage());
    }

    @Test
    void setModelToAnotherModelIsAnErrorAndTheSameModelIsHarmless() throws Exception {
        ScenarioException e = failsBuiltin(SMALL, "model=contagion");
        assertTrue(e.getMessage().contains("model cannot be changed with --set")
                && e.getMessage().contains("for model radicalization"), e.getMessage());
        assertEquals("radicalization", loads(SMALL, "model=radicalization").model());
    }

    @Test
    void aSectionTheModelDoesNotReadIsAnError() throws Exception {
        ScenarioException e = failsBuiltin(RA, "population.size=100");
        assertTrue(e.getMessage().contains("population: has no effect on model relative-agreement"), e.getMessage());
        ScenarioException f = failsBuiltin(SMALL, "contagion.beta=0.7");
        assertTrue(f.getMessage().contains("contagion: has no effect on model radicalization"), f.getMessage());
        // the model's own section is fine, and so is another model's section left at its defaults (as in the
        // resolved scenario.yaml of a results folder, which lists every section)
        loads(RA, "relative_agreement.mu=0.3");
        Scenario resolved = loads(SMALL);
        loads(ScenarioLoader.toYaml(resolved.resolved()));
        loads(ScenarioLoader.toYaml(loads(RA).resolved()));
    }

    @Test
    void regionSharesHaveOneToleranceStatedInTheMessage() throws Exception {
        // both sum to 0.999999 and both are accepted (before, only the first was)
        Files.writeString(dir.resolve("half.yaml"), TWO_REGIONS.formatted("0.5", "0.499999"));
        ScenarioLoader.load(dir.resolve("half.yaml").toString(), List.of());
        Files.writeString(dir.resolve("third.yaml"), """
                name: three
                ticks: 5
                population: {size: 200}
                regions:
                  - {name: a, share: 0.333333}
                  - {name: b, share: 0.333333}
                  - {name: c, share: 0.333333}
                """);
        ScenarioLoader.load(dir.resolve("third.yaml").toString(), List.of());
        ScenarioException e = fails(TWO_REGIONS.formatted("0.5", "0.4999"));
        assertTrue(e.getMessage().contains("region shares sum to 0.9999;") && e.getMessage().contains("within ±0.000001"),
                e.getMessage());
    }

    @Test
    void extendingAFileThatIsNoScenarioQuotesNoneOfIt() throws Exception {
        StringBuilder secret = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            secret.append("user").append(i).append(":$6$SECRETHASH").append(i).append(":19000:0:99999:7:::\n");
        }
        Files.writeString(dir.resolve("shadow"), secret);
        ScenarioException e = fails("name: x\nextends: shadow\n");
        assertEquals(1, e.problems().size(), e.getMessage());
        assertFalse(e.getMessage().contains("SECRET") || e.getMessage().contains("user1"), e.getMessage());
        assertTrue(e.getMessage().contains("is not a radsim scenario file"), e.getMessage());
        // the file given directly: one problem, nothing quoted either
        ScenarioException direct = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(dir.resolve("shadow").toString(), List.of()));
        assertEquals(1, direct.problems().size(), direct.getMessage());
        assertFalse(direct.getMessage().contains("SECRET"), direct.getMessage());
    }

    @Test
    void aLongValueIsQuotedAsAShortExcerpt() throws Exception {
        String big = "x".repeat(900);
        ScenarioException e = fails("name: x\nticks: " + big + "\nnetwork: {type: " + big + "}\n" + big + ": 1\n");
        assertEquals(3, e.problems().size(), e.getMessage());
        for (Problem p : e.problems()) {
            assertTrue(p.toString().length() < 400, "short: " + p);
        }
        assertEquals(Excerpt.MAX, Excerpt.of(big).length());
        assertEquals("a⏎b", Excerpt.of("a\nb"));
    }

    @Test
    void aProblemIsReportedOnce() throws Exception {
        ScenarioException e = failsBuiltin(SMALL, "population.size=-5", "population.size=-5");
        assertEquals(1, e.problems().size(), e.getMessage());
    }

    @Test
    void checksBetweenSettingsRunInTheSamePassAsTheKeyChecks() throws Exception {
        ScenarioException e = fails("""
                name: x
                ticks: 5
                recruiter: {initial: 3}
                population: {size: 200}
                interventions:
                  - {type: education, start: 10, end: 5}
                """);
        String m = e.getMessage();
        assertTrue(m.contains("did you mean 'recruiters'"), m);
        assertTrue(m.contains("end 5 must be after start 10"), m);
    }

    @Test
    void aCrossCheckOnASettingThatIsItselfWrongIsLeftOut() throws Exception {
        // share 7 is out of range (replaced by its default): a "shares sum to …" finding would be about a value the
        // user never wrote
        ScenarioException e = fails(TWO_REGIONS.formatted("7", "0.5"));
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("out of range"), e.getMessage());
    }
}
