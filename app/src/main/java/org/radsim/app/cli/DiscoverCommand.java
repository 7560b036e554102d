package org.radsim.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.radsim.analysis.decision.Cart;
import org.radsim.analysis.decision.Cases;
import org.radsim.analysis.decision.Prim;
import org.radsim.analysis.report.DiscoveryReport;
import org.radsim.core.sweep.SweepFolder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code radsim discover DIR --where EXPR}: scenario discovery (PRIM and CART) on a merged sweep folder or an
 * ensemble compare folder.
 */
@Command(name = "discover", mixinStandardHelpOptions = true,
        description = "Scenario discovery on a merged sweep folder or an ensemble compare folder (compare "
                + "--ensemble; cases = futures, factors = the posterior's parameters, outcomes baseline_recruits, "
                + "<alt>_recruits, <alt>_recruits_averted): which ranges of the factors lead to the cases the "
                + "--where expression selects. PRIM (Friedman & Fisher 1999) box in words with the significance of "
                + "each restriction, the coverage-density trade-off chart, the box chart, every peeling step as CSV, a "
                + "CART tree and report.html. Never re-runs the model.")
final class DiscoverCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The sweep folder (with results.csv) or ensemble compare folder.")
    Path dir;

    @Option(names = "--where", required = true, paramLabel = "EXPR",
            description = "The cases of interest, over the folder's factor and metric names: comparisons (< <= > >= "
                    + "== !=), arithmetic (+ - * /), and, or, not, parentheses; a name with other characters in "
                    + "backquotes. E.g. \"final_cumulative_recruits > 400 and opinion.mu < 0.3\".")
    String where;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write (default: DIR/discovery).")
    Path out;

    @Option(names = "--alpha", defaultValue = "0.05", description = "PRIM peeling share (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--min-support", defaultValue = "0.05",
            description = "PRIM: smallest box as a share of the cases (default: ${DEFAULT-VALUE}).")
    double minSupport;

    @Option(names = "--min-density", defaultValue = "0.8",
            description = "PRIM: the density the chosen box must reach (default: ${DEFAULT-VALUE}).")
    double minDensity;

    @Option(names = "--quiet", description = "Do not print the box.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        FolderNames.checkOut(out, "--out");
        boolean compare = org.radsim.core.output.ComparisonFolder.isCompareFolder(dir);
        SweepFolder folder = new SweepFolder(dir);
        if (!compare && !folder.hasPlan()) {
            throw new BadInput(folder.dir() + " is neither a sweep folder (no plan.json) nor a compare folder");
        }
        if (!compare && !Files.isRegularFile(folder.results())) {
            throw new BadInput("no results.csv in " + folder.dir() + "; finish the sweep (radsim sweep status "
                    + folder.dir() + ") or merge its shards (radsim sweep merge " + folder.dir() + ")");
        }
        Prim.Settings prim;
        try {
            Prim.Settings d = Prim.Settings.defaults();
            prim = new Prim.Settings(alpha, minSupport, minDensity, d.significance(), d.resamples(), d.seed());
        } catch (IllegalArgumentException e) {
            throw new BadInput("--alpha/--min-support: " + e.getMessage());
        }
        Path target = out != null ? out.toAbsolutePath() : folder.dir().resolve("discovery");
        Cases cases;
        try {
            cases = compare ? Cases.ofCompare(dir.toAbsolutePath()) : Cases.ofSweep(folder.dir());
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage());
        }
        DiscoveryReport.Outcome o;
        try {
            o = DiscoveryReport.write(cases, where, target, prim, Cart.Settings.defaults());
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage());
        }
        if (!quiet) {
            var w = spec.commandLine().getOut();
            w.printf(Locale.ROOT, "%d of %d cases selected by: %s%n", o.selected(), o.used(), where);
            w.printf(Locale.ROOT, "PRIM box (density %.3f, coverage %.3f, %d cases):%n", o.prim().box().density(),
                    o.prim().box().coverage(), o.prim().box().count());
            o.prim().inWords().forEach(l -> w.println("  " + l));
            w.println("CART splits on: " + String.join(", ", o.tree().splitFactors()));
            w.println("report: " + target.resolve("report.html"));
        }
        return 0;
    }
}
