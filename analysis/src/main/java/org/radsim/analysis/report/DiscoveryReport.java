package org.radsim.analysis.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.radsim.analysis.chart.ChartFiles;
import org.radsim.analysis.chart.DiscoveryCharts;
import org.radsim.analysis.decision.Cart;
import org.radsim.analysis.decision.Cases;
import org.radsim.analysis.decision.Prim;
import org.radsim.analysis.decision.Selection;
import org.radsim.core.output.AtomicFile;
import org.radsim.core.output.Csv;
import org.radsim.core.output.DataPackage;
import org.radsim.core.output.DataPackage.Field;
import org.radsim.core.run.DataDictionary;

/**
 * {@code radsim discover}: scenario discovery on a table of cases. The selection expression marks the cases of
 * interest; PRIM finds the box of factor values where they concentrate and CART gives a tree as a second view.
 * Writes into the output folder: {@code prim-peeling.csv} (every peeling step: points, support, coverage, density,
 * restricted factors, each factor's limits; the chosen step marked), {@code prim-box.csv} (the chosen box after
 * pasting and simplification: per factor its limits, the data's range and the p-value of its restriction),
 * {@code cart.txt} (the tree), {@code datapackage.json} (the tables' data dictionary), {@code charts/prim-tradeoff} and {@code charts/prim-box} (PNG and SVG) and
 * {@code report.html}.
 */
public final class DiscoveryReport {

    /**
     * What was found.
     *
     * @param selected cases the expression selects
     * @param used     cases with every factor and outcome a number (the others are left out)
     * @param prim     PRIM's result
     * @param tree     CART's tree
     */
    public record Outcome(int selected, int used, Prim.Result prim, Cart.Tree tree) {
    }

    private DiscoveryReport() {
    }

    /** What one row of each table is (the discovery folder's data dictionary). */
    private static final Map<String, DataDictionary.Kind> TABLES = Map.of(
            "prim-peeling.csv", new DataDictionary.Kind("One row per PRIM peeling step, from the box of all cases: "
                    + "its size, coverage, density and each factor's limits; the chosen step marked.", List.of("step")),
            "prim-box.csv", new DataDictionary.Kind("One row per factor: the chosen box's limits after pasting and "
                    + "simplification, the data's range and the p-value of the restriction.", List.of("factor")));

    /** The fixed columns of the discovery tables. */
    private static final Map<String, Field> COLUMNS = Map.ofEntries(
            Map.entry("step", Field.of("step", "integer", "Peeling step (0 = the box of all cases).")),
            Map.entry("chosen", Field.of("chosen", "integer", "1 for the step the box was chosen at, else 0.")),
            Map.entry("points", Field.of("points", "integer", "Cases inside the box.")),
            Map.entry("support", Field.of("support", "number", "Share of all cases inside the box.")),
            Map.entry("coverage", Field.of("coverage", "number", "Share of the cases of interest inside the box.")),
            Map.entry("density", Field.of("density", "number", "Share of the box's cases that are of interest.")),
            Map.entry("factor", Field.of("factor", "string", "Factor name.")),
            Map.entry("lo", Field.of("lo", "number", "Lower limit of the box on the factor (unit of the factor).")),
            Map.entry("hi", Field.of("hi", "number", "Upper limit of the box on the factor (unit of the factor).")),
            Map.entry("data_lo", Field.of("data_lo", "number", "Smallest value of the factor in the cases.")),
            Map.entry("data_hi", Field.of("data_hi", "number", "Largest value of the factor in the cases.")),
            Map.entry("p_value", Field.of("p_value", "number", "Resampling p-value (Holm-adjusted) that the "
                    + "restriction selects better than chance; empty when the factor is not restricted.")));

    /** Writes the folder's data dictionary; the per-factor limit columns of prim-peeling.csv come from the cases. */
    private static void describe(Path out, Cases cases, String[] factors) {
        List<String> fs = List.of(factors);
        DataDictionary.describe(out, DataDictionary.name(out), "radsim discovery folder (" + cases.source() + ")",
                TABLES, (file, c) -> {
                    if (c.equals("restricted")) {
                        return file.equals("prim-box.csv")
                                ? Field.of(c, "boolean", "Whether the chosen box restricts the factor.")
                                : Field.of(c, "integer", "Number of factors the box restricts.");
                    }
                    for (String suffix : List.of("_lo", "_hi")) {
                        if (c.endsWith(suffix) && fs.contains(c.substring(0, c.length() - 3))) {
                            return Field.of(c, "number", (suffix.equals("_lo") ? "Lower" : "Upper")
                                    + " limit of the box on factor " + c.substring(0, c.length() - 3) + ".");
                        }
                    }
                    Field f = COLUMNS.get(c);
                    if (f == null) {
                        throw new DataPackage.UndescribedColumnException(out.resolve(file) + ": column '" + c
                                + "' has no description (add it to " + DiscoveryReport.class.getSimpleName()
                                + ".COLUMNS)");
                    }
                    return f;
                });
    }

    /**
     * Runs the discovery and writes its files.
     *
     * @throws IllegalArgumentException for an expression that does not parse, names an unknown column, or selects
     *                                  no case or every case
     */
    public static Outcome write(Cases cases, String where, Path out, Prim.Settings prim, Cart.Settings cart)
            throws IOException {
        Selection sel = Selection.parse(where, cases.columns());
        int k = cases.factors().size();
        List<double[]> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (double[] row : cases.rows()) {
            boolean complete = true;
            for (double v : row) {
                complete &= !Double.isNaN(v);
            }
            if (complete) {
                xs.add(java.util.Arrays.copyOf(row, k));
                ys.add(sel.test(row) ? 1.0 : 0.0);
            }
        }
        int selected = (int) ys.stream().filter(v -> v == 1).count();
        if (selected == 0) {
            throw new IllegalArgumentException("--where \"" + where + "\" selects none of the " + xs.size()
                    + " cases: nothing to discover (loosen the condition)");
        }
        if (selected == xs.size()) {
            throw new IllegalArgumentException("--where \"" + where + "\" selects every one of the " + xs.size()
                    + " cases: nothing to tell apart (tighten the condition)");
        }
        double[][] x = xs.toArray(new double[0][]);
        double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
        String[] factors = cases.factors().toArray(new String[0]);
        Prim.Result p = Prim.run(factors, x, y, prim);
        Cart.Tree tree = Cart.grow(factors, x, y, cart);

        Files.createDirectories(out.resolve(RunReport.CHARTS));
        AtomicFile.writeString(out.resolve("prim-peeling.csv"), peelingCsv(p));
        AtomicFile.writeString(out.resolve("prim-box.csv"), boxCsv(p));
        AtomicFile.writeString(out.resolve("cart.txt"), String.join("\n", tree.lines()) + "\n");
        String subtitle = cases.source() + " · " + where + " · " + selected + " of " + xs.size() + " cases";
        int steps = p.trajectory().size();
        double[] cov = new double[steps];
        double[] den = new double[steps];
        for (int i = 0; i < steps; i++) {
            cov[i] = p.trajectory().get(i).coverage();
            den[i] = p.trajectory().get(i).density();
        }
        Path charts = out.resolve(RunReport.CHARTS);
        ChartFiles.save(DiscoveryCharts.tradeOff(subtitle, cov, den, p.chosen(), p.box().coverage(),
                p.box().density()), charts, "prim-tradeoff", 800, 560);
        String[] names = new String[k];
        double[] lo = new double[k];
        double[] hi = new double[k];
        String[] labels = new String[k];
        for (int j = 0; j < k; j++) {
            double range = p.dataHi()[j] - p.dataLo()[j];
            names[j] = factors[j];
            lo[j] = range > 0 ? (p.box().lo()[j] - p.dataLo()[j]) / range : 0;
            hi[j] = range > 0 ? (p.box().hi()[j] - p.dataLo()[j]) / range : 1;
            labels[j] = p.restricted(j) ? fmt(p.box().lo()[j]) + " – " + fmt(p.box().hi()[j]) + "  (p = "
                    + Html.pValue(p.pValues()[j]) + ")" : "not restricted";
        }
        ChartFiles.save(DiscoveryCharts.box(subtitle, names, lo, hi, labels), charts, "prim-box", 800,
                Math.max(260, 90 + 60 * k));
        AtomicFile.writeString(out.resolve("report.html"), html(cases, where, selected, xs.size(), p, tree));
        describe(out, cases, factors);
        return new Outcome(selected, xs.size(), p, tree);
    }

    private static String peelingCsv(Prim.Result p) {
        StringBuilder sb = new StringBuilder("step,chosen,points,support,coverage,density,restricted");
        for (String f : p.factors()) {
            sb.append(',').append(Csv.field(f + "_lo")).append(',').append(Csv.field(f + "_hi"));
        }
        sb.append(Csv.EOL);
        for (int i = 0; i < p.trajectory().size(); i++) {
            Prim.Box b = p.trajectory().get(i);
            int restricted = 0;
            for (int j = 0; j < p.factors().length; j++) {
                if (b.lo()[j] > p.dataLo()[j] || b.hi()[j] < p.dataHi()[j]) {
                    restricted++;
                }
            }
            sb.append(i).append(',').append(i == p.chosen() ? 1 : 0).append(',').append(b.count()).append(',')
                    .append(b.support()).append(',').append(b.coverage()).append(',').append(b.density()).append(',')
                    .append(restricted);
            for (int j = 0; j < p.factors().length; j++) {
                sb.append(',').append(b.lo()[j]).append(',').append(b.hi()[j]);
            }
            sb.append(Csv.EOL);
        }
        return sb.toString();
    }

    private static String boxCsv(Prim.Result p) {
        StringBuilder sb = new StringBuilder("factor,restricted,lo,hi,data_lo,data_hi,p_value" + Csv.EOL);
        for (int j = 0; j < p.factors().length; j++) {
            sb.append(Csv.field(p.factors()[j])).append(',').append(p.restricted(j)).append(',')
                    .append(p.box().lo()[j]).append(',').append(p.box().hi()[j]).append(',').append(p.dataLo()[j])
                    .append(',').append(p.dataHi()[j]).append(',')
                    .append(Double.isNaN(p.pValues()[j]) ? "" : Double.toString(p.pValues()[j])).append(Csv.EOL);
        }
        return sb.toString();
    }

    private static String html(Cases cases, String where, int selected, int used, Prim.Result p, Cart.Tree tree) {
        Html h = new Html().begin("Scenario discovery: " + cases.source());
        h.h(1, null, "Scenario discovery: " + cases.source());
        h.pCode("Cases of interest: ", where, " — " + selected + " of " + used + " cases ("
                + String.format(Locale.ROOT, "%.1f %%", 100.0 * selected / used) + ").");
        if (used < cases.rows().length) {
            h.p("note", (cases.rows().length - used) + " cases without a value for every column (failed runs) are left out.");
        }
        h.h(2, "box", "Where the cases concentrate (PRIM)");
        h.open("ul");
        p.inWords().forEach(h::li);
        h.close("ul");
        Prim.Box b = p.box();
        h.p(String.format(Locale.ROOT, "The box holds %d cases (%.1f %% of all); %.1f %% of them are cases of interest "
                        + "(density), and it holds %.1f %% of all cases of interest (coverage).", b.count(),
                100 * b.support(), 100 * b.density(), 100 * b.coverage()));
        h.p("note", "PRIM (Friedman & Fisher 1999): peeling α = 0.05 down to 5 % of the cases, the box of largest "
                + "coverage with density ≥ the stated minimum chosen, then pasting; a restriction is kept only if a "
                + "resampling test (Holm-adjusted) finds that it selects better than chance. Every peeling step is "
                + "in prim-peeling.csv; the box in prim-box.csv.");
        h.figure(RunReport.CHARTS + "/prim-tradeoff.png", RunReport.CHARTS + "/prim-tradeoff.svg",
                "Coverage–density trade-off", "One point per peeling step, from the box of all cases (coverage 1) to "
                        + "the smallest box; the step the box was chosen at and the final box are marked.");
        h.figure(RunReport.CHARTS + "/prim-box.png", RunReport.CHARTS + "/prim-box.svg", "The chosen box",
                "Each factor's limits within its range in the data.");
        h.h(2, "cart", "A second view: classification tree (CART)");
        h.p("Splits chosen by the Gini index; each line gives the share of cases of interest in the branch. Factors "
                + "it splits on: " + String.join(", ", tree.splitFactors()) + ".");
        h.pre(String.join("\n", tree.lines()));
        h.p("note", "Not a calibrated estimate: the boxes describe the model across the sweep's ranges, not the world.");
        return h.end();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
