package org.radsim.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private ScenarioException fails(String yaml, String... overrides) throws IOException {
        Path p = write("s.yaml", yaml);
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(p.toString(), List.of(overrides)));
    }

    @Test
    void unknownTopLevelKeyNamesFileLineColumnAndSuggestsTheNearestKey() throws Exception {
        ScenarioException e = fails("name: x\nrecruiter: {initial: 3}\n");
        assertEquals(1, e.problems().size());
        Problem p = e.problems().get(0);
        assertEquals(2, p.where().line());
        assertEquals(1, p.where().column());
        assertTrue(p.where().source().endsWith("s.yaml"));
        assertTrue(e.getMessage().contains("s.yaml:2:1"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'recruiters'?"), e.getMessage());
    }

    @Test
    void unknownNestedKeySuggestsWithinItsSection() throws Exception {
        ScenarioException e = fails("population:\n  sise: 100\n");
        assertTrue(e.getMessage().contains("population.sise"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'size'?"), e.getMessage());
        assertEquals(2, e.problems().get(0).where().line());
        assertEquals(3, e.problems().get(0).where().column());
    }

    @Test
    void wrongTypeNamesKeyAndValue() throws Exception {
        ScenarioException e = fails("population: {size: many}\n");
        assertTrue(e.getMessage().contains("population.size"), e.getMessage());
        assertTrue(e.getMessage().contains("'many'"), e.getMessage());
        assertTrue(e.getMessage().contains("whole number"), e.getMessage());
    }

    @Test
    void outOfRangeValueNamesKeyValueAndAllowedRange() throws Exception {
        ScenarioException e = fails("opinion:\n  mu: 0.9\n");
        assertTrue(e.getMessage().contains("opinion.mu"), e.getMessage());
        assertTrue(e.getMessage().contains("0.9"), e.getMessage());
        assertTrue(e.getMessage().contains("[0, 0.5]"), e.getMessage());
    }

    @Test
    void exclusiveLowerBoundIsShownAndEnforced() throws Exception {
        ScenarioException e = fails("opinion: {uncertainty: 0}\n");
        assertTrue(e.getMessage().contains("(0, 2]"), e.getMessage());
    }

    @Test
    void everyProblemInAFileIsReportedTogether() throws Exception {
        ScenarioException e = fails("""
                name: x
                popuation: {size: 10}
                opinion: {mu: 3}
                network: {type: lattice}
                recruiters: {contacts_per_tick: -1}
                """);
        assertEquals(4, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().startsWith("4 problems"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'population'?"));
        assertTrue(e.getMessage().contains("'lattice' is not allowed"));
    }

    @Test
    void keyOfAnotherInterventionTypeIsRejected() throws Exception {
        ScenarioException e = fails("interventions:\n  - {type: education, finding_multiplier: 2}\n");
        assertTrue(e.getMessage().contains("interventions[0].finding_multiplier"), e.getMessage());
    }

    @Test
    void misspeltInterventionTypeIsSuggested() throws Exception {
        ScenarioException e = fails("interventions:\n  - {type: educaton}\n");
        assertTrue(e.getMessage().contains("did you mean 'education'?"), e.getMessage());
    }

    @Test
    void missingFileIsOneClearProblem() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioLoader.load(dir.resolve("nope.yaml").toString(), List.of()));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void emptyFileIsRejectedWithItsName() throws Exception {
        ScenarioException e = fails("   \n\n");
        assertTrue(e.getMessage().contains("is empty"), e.getMessage());
    }

    @Test
    void directoryIsRejected() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir.toString(), List.of()));
        assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
    }

    @Test
    void binaryGarbageIsRejected() throws Exception {
        Path p = dir.resolve("g.yaml");
        byte[] junk = new byte[4096];
        new java.util.Random(1).nextBytes(junk);
        Files.write(p, junk);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(p.toString(), List.of()));
        assertTrue(e.getMessage().contains("binary") || e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void aliasBombIsRejectedWithinASecond() throws Exception {
        StringBuilder sb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            sb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 10; i++) {
                sb.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            sb.append("]\n");
            prev = c;
        }
        Path p = write("bomb.yaml", sb.toString());
        ScenarioException e = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> assertThrows(ScenarioException.class, () -> ScenarioLoader.load(p.toString(), List.of())));
        assertTrue(e.getMessage().contains("alias"), e.getMessage());
    }

    @Test
    void invalidYamlSyntaxNamesTheLine() throws Exception {
        ScenarioException e = fails("name: x\npopulation: {size: 10\nseed: 3\n");
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
        assertTrue(e.problems().get(0).where().line() >= 2, e.getMessage());
    }

    @Test
    void duplicateKeyIsRejected() throws Exception {
        ScenarioException e = fails("seed: 1\nseed: 2\n");
        assertTrue(e.getMessage().contains("appears twice"), e.getMessage());
    }

    @Test
    void topLevelListIsNotAScenario() throws Exception {
        ScenarioException e = fails("- a\n- b\n");
        assertTrue(e.getMessage().contains("mapping"), e.getMessage());
    }

    @Test
    void defaultsFillEveryKeyOfTheResolvedScenario() throws Exception {
        Path p = write("s.yaml", "name: tiny\n");
        Scenario s = ScenarioLoader.load(p.toString(), List.of());
        assertEquals(20_000, s.population().size());
        assertEquals(0.2, s.opinion().mu());
        assertEquals(1, s.regions().size());
        assertEquals("all", s.regions().get(0).name());
        assertTrue(s.resolved().containsKey("susceptibility"));
    }

    @Test
    void extendsInheritsAndTheChildWins() throws Exception {
        write("parent.yaml", "name: parent\nseed: 7\npopulation: {size: 500, youth_share: 0.5}\n");
        Path child = write("child.yaml", "extends: parent.yaml\nname: child\npopulation: {size: 300}\n");
        Scenario s = ScenarioLoader.load(child.toString(), List.of());
        assertEquals("child", s.name());
        assertEquals(7, s.seed());
        assertEquals(300, s.population().size());
        assertEquals(0.5, s.population().youthShare());
    }

    @Test
    void problemsInAParentNameTheParentFile() throws Exception {
        write("parent.yaml", "name: parent\npopulation: {sizee: 500}\n");
        Path child = write("child.yaml", "extends: parent.yaml\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(child.toString(), List.of()));
        assertTrue(e.getMessage().contains("parent.yaml:2"), e.getMessage());
    }

    @Test
    void extendsCycleIsReported() throws Exception {
        write("a.yaml", "extends: b.yaml\n");
        Path b = write("b.yaml", "extends: a.yaml\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(b.toString(), List.of()));
        assertTrue(e.getMessage().contains("cycle"), e.getMessage());
    }

    @Test
    void extendsOfAMissingFileIsReported() throws Exception {
        Path c = write("c.yaml", "extends: missing.yaml\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(c.toString(), List.of()));
        assertTrue(e.getMessage().contains("missing.yaml"), e.getMessage());
        assertTrue(e.getMessage().contains("c.yaml:1"), e.getMessage());
    }

    @Test
    void setOverridesAnyKeyPathIncludingListItemsByNameAndIndex() throws Exception {
        Path p = write("s.yaml", """
                regions:
                  - {name: east, share: 0.5}
                  - {name: west, share: 0.5}
                interventions:
                  - {type: jobs, coverage: 0.2}
                """);
        Scenario s = ScenarioLoader.load(p.toString(), List.of("population.size=50000",
                "regions[west].unemployment=0.1", "interventions[0].coverage=0.5", "propaganda.languages=[a, b]"));
        assertEquals(50_000, s.population().size());
        assertEquals(0.1, s.regions().get(1).unemployment());
        assertEquals(0.2, s.regions().get(0).unemployment());
        assertEquals(0.5, s.interventions().get(0).coverage());
        assertEquals(List.of("a", "b"), s.propaganda().languages());
    }

    @Test
    void misspeltSetKeyIsAnErrorWithASuggestion() throws Exception {
        ScenarioException e = fails("name: x\n", "population.sizes=5");
        assertTrue(e.getMessage().contains("--set population.sizes=5"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'size'?"), e.getMessage());
    }

    @Test
    void setOnAMissingListItemNamesTheItems() throws Exception {
        ScenarioException e = fails("regions: [{name: east}]\n", "regions[wset].share=1");
        assertTrue(e.getMessage().contains("no such item"), e.getMessage());
        assertTrue(e.getMessage().contains("east"), e.getMessage());
    }

    @Test
    void regionSharesMustSumToOne() throws Exception {
        ScenarioException e = fails("regions: [{name: a, share: 0.5}, {name: b, share: 0.3}]\n");
        assertTrue(e.getMessage().contains("sum to 0.8;"), e.getMessage());
    }

    @Test
    void unknownNeighbourIsSuggested() throws Exception {
        ScenarioException e = fails("regions: [{name: capital, share: 0.5, neighbours: [nort]}, {name: north, share: 0.5}]\n");
        assertTrue(e.getMessage().contains("did you mean 'north'?"), e.getMessage());
    }

    @Test
    void anOnlineOnlyRegionCannotBeANeighbour() throws Exception {
        ScenarioException e = fails("regions: [{name: a, share: 0.5, neighbours: [d]}, {name: d, share: 0.5, in_person: false}]\n");
        assertTrue(e.getMessage().contains("in_person: false"), e.getMessage());
    }

    @Test
    void wattsStrogatzNeedsAnEvenDegree() throws Exception {
        ScenarioException e = fails("network: {degree: 7}\n");
        assertTrue(e.getMessage().contains("network.degree") && e.getMessage().contains("even"), e.getMessage());
    }

    @Test
    void targetingKeysBelongOnlyToMeasuresThatEnrolPersons() throws Exception {
        ScenarioException e = fails("interventions: [{type: intelligence_sharing, target: youth}]\n");
        assertTrue(e.getMessage().contains("interventions[0].target"), e.getMessage());
    }

    @Test
    void interventionWindowMustBeOrdered() throws Exception {
        ScenarioException e = fails("interventions: [{type: jobs, start: 50, end: 10}]\n");
        assertTrue(e.getMessage().contains("interventions[0].end"), e.getMessage());
    }

    @Test
    void stageThresholdsMustBeOrdered() throws Exception {
        ScenarioException e = fails("opinion: {sympathizer_at: 0.8, radicalized_at: 0.7}\n");
        assertTrue(e.getMessage().contains("opinion.sympathizer_at"), e.getMessage());
    }

    @Test
    void hashDependsOnlyOnTheResolvedScenario() throws Exception {
        Path a = write("a.yaml", "name: x\nseed: 3\n");
        Path b = write("b.yaml", "seed: 3\nname: x\npopulation: {size: 20000}\n");
        assertEquals(ScenarioLoader.hash(ScenarioLoader.load(a.toString(), List.of()).resolved()),
                ScenarioLoader.hash(ScenarioLoader.load(b.toString(), List.of()).resolved()));
    }

    @Test
    void resolvedYamlLoadsBackToTheSameScenario() throws Exception {
        Path a = write("a.yaml", "name: x\ninterventions: [{type: governance, gain: 0.2}]\n");
        Scenario s = ScenarioLoader.load(a.toString(), List.of());
        Scenario back = ScenarioLoader.fromText(ScenarioLoader.toYaml(s.resolved()), "resolved", List.of());
        assertEquals(ScenarioLoader.hash(s.resolved()), ScenarioLoader.hash(back.resolved()));
    }
}
