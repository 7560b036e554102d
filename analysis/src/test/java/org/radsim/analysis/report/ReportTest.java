package org.radsim.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.radsim.core.output.ComparisonFolder;
import org.radsim.analysis.results.SyntheticResults;
import org.radsim.analysis.results.SyntheticResults.Spec;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportTest {

    private static final String EVIL = "<script>alert('x')</script> & \"friends\"";

    /** Parses the report as XML: fails on any well-formedness error (unclosed tag, unescaped &lt; or &amp;). */
    private static Document parse(Path report) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(report.toFile());
    }

    /** Every local file the report references (img src, a href) exists; returns how many images it shows. */
    private static int assertReferencesExist(Path report, Document doc) {
        int images = 0;
        for (String[] tagAttr : new String[][] {{"img", "src"}, {"a", "href"}}) {
            NodeList nodes = doc.getElementsByTagNameNS("*", tagAttr[0]);
            for (int i = 0; i < nodes.getLength(); i++) {
                String ref = ((Element) nodes.item(i)).getAttribute(tagAttr[1]);
                assertFalse(ref.startsWith("http:") || ref.startsWith("https:") || ref.startsWith("//"),
                        "report must work offline, but references " + ref);
                if (ref.startsWith("#")) {
                    assertTrue(doc.getElementById(ref.substring(1)) != null || hasId(doc, ref.substring(1)),
                            "anchor " + ref + " exists");
                    continue;
                }
                assertTrue(Files.isRegularFile(report.getParent().resolve(ref)), "referenced file exists: " + ref);
                if (tagAttr[0].equals("img")) {
                    images++;
                }
            }
        }
        return images;
    }

    private static boolean hasId(Document doc, String id) {
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            if (id.equals(((Element) all.item(i)).getAttribute("id"))) {
                return true;
            }
        }
        return false;
    }

    private static void assertNoScriptElement(Document doc) {
        assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength(), "no script element was injected");
    }

    @Test
    void runReportIsWellFormedAndEveryChartExists(@TempDir Path dir) throws Exception {
        Path run = SyntheticResults.write(dir.resolve("run"), new Spec(EVIL, "Description with <b>markup</b> & more",
                1, 1, 100, List.of()), 7, 5, 104);
        Path report = RunReport.write(run);
        Document doc = parse(report);
        assertNoScriptElement(doc);
        int images = assertReferencesExist(report, doc);
        assertTrue(images >= 8, "time series and regional charts shown, got " + images);
        String text = doc.getDocumentElement().getTextContent();
        assertTrue(text.contains(EVIL), "the name is shown as text, escaped");
        assertTrue(text.contains("Description with <b>markup</b> & more"));
        assertTrue(Files.size(run.resolve("summary-stats.csv")) > 0 && Files.size(run.resolve("timeseries-stats.csv")) > 0);
    }

    @Test
    void compareReportIsWellFormedShowsDirectionChecksAndEveryChartExists(@TempDir Path dir) throws Exception {
        Path cmp = SyntheticResults.compareFolder(dir.resolve("cmp"),
                new Spec("baseline", "No intervention.", 1, 1, 0, List.of()),
                List.of(new Spec(EVIL, "counter <narrative>", 0.8, 0.9, 2000, List.of("counter_narrative/all")),
                        new Spec("jobs", "jobs & more", 0.95, 0.7, 5000, List.of("jobs/high_risk"))),
                6, 104);
        Path report = CompareReport.write(cmp);
        Document doc = parse(report);
        assertNoScriptElement(doc);
        int images = assertReferencesExist(report, doc);
        assertTrue(images >= 15, "cost, endpoint, time series and regional charts shown, got " + images);
        String text = doc.getDocumentElement().getTextContent();
        assertTrue(text.contains(EVIL));
        assertTrue(text.contains("Direction checks"));
        List<String> badges = new ArrayList<>();
        NodeList spans = doc.getElementsByTagNameNS("*", "span");
        for (int i = 0; i < spans.getLength(); i++) {
            badges.add(((Element) spans.item(i)).getAttribute("class"));
        }
        assertEquals(List.of("pass", "pass"), badges, "both synthetic alternatives were built to pass their check");
        for (String csv : List.of("comparison.csv", "ranking.csv", "costs.csv", "direction-checks.csv",
                "parameters.csv")) {
            assertTrue(Files.size(cmp.resolve(csv)) > 0, csv);
        }
        // every scenario's own report exists too, and is well-formed
        for (String sub : List.of("00-baseline", "01-_script_alert_x_script_friends_", "02-jobs")) {
            Path r = cmp.resolve(sub).resolve("report.html");
            assertReferencesExist(r, parse(r));
        }
    }

    @Test
    void aDifferenceWithoutVarianceIsNotDefinedNeverSignificant(@TempDir Path dir) throws Exception {
        // the same dynamics, only a cost per tick: the cost difference is identical in every replication pair
        Path cmp = SyntheticResults.compareFolder(dir.resolve("cmp"), new Spec("base", "", 1, 1, 0, List.of()),
                List.of(new Spec("costly", "", 1, 1, 100, List.of())), 4, 20);
        ComparisonFolder layout = ComparisonFolder.read(cmp);
        var c = org.radsim.analysis.compare.ScenarioComparison.of(
                org.radsim.analysis.results.ResultsFolder.read(cmp.resolve(layout.baseline())),
                List.of(org.radsim.analysis.results.ResultsFolder.read(cmp.resolve(layout.alternatives().get(0)))));
        var row = c.alternatives().get(0).metric("final_cumulative_cost");
        assertTrue(row.paired().noVariance(), "the synthetic cost difference is constant");
        assertTrue(Double.isNaN(row.pHolm()), "no Holm p-value for an undefined test");
        String text = parse(CompareReport.write(cmp)).getDocumentElement().getTextContent();
        assertTrue(text.contains("not defined (no variance)"), "the report says why there is no p-value");
    }

    @Test
    void rebuildingTheReportGivesTheSameHtml(@TempDir Path dir) throws Exception {
        Path cmp = SyntheticResults.compareFolder(dir.resolve("cmp"), new Spec("base", "", 1, 1, 0, List.of()),
                List.of(new Spec("alt", "", 0.9, 0.9, 10, List.of("community/all"))), 3, 52);
        String first = Files.readString(CompareReport.write(cmp));
        String second = Files.readString(CompareReport.write(cmp));
        assertEquals(first, second, "a report is a pure function of the results folder");
    }
}
