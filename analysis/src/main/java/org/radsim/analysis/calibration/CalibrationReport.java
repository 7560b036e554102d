package org.radsim.analysis.calibration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.radsim.analysis.chart.ChartFiles;
import org.radsim.core.calibration.AbcSmc;
import org.radsim.core.calibration.Calibration;
import org.radsim.core.calibration.Generation;
import org.radsim.core.calibration.Parameter;
import org.radsim.core.calibration.PredictiveCheck;
import org.radsim.core.calibration.Target;
import org.radsim.core.output.AtomicFile;

/**
 * The charts ({@code charts/}, PNG + SVG) and the self-contained {@code report.html} of a calibration folder:
 * the stop reason, the tolerance schedule, the posterior of each parameter (mean, SD, 90 % interval) over its prior,
 * pairwise scatter, and the posterior predictive check of every target.
 */
public final class CalibrationReport {

    private CalibrationReport() {
    }

    public static void write(Path dir, Calibration cal, AbcSmc.Result r, PredictiveCheck.Result pc) throws IOException {
        Path charts = dir.resolve("charts");
        Generation post = r.posterior();
        int np = cal.parameters().size();
        List<JFreeChart> marg = new ArrayList<>();
        for (int p = 0; p < np; p++) {
            marg.add(CalibrationCharts.marginal(cal, post, p));
        }
        ChartFiles.saveGrid(marg, Math.min(3, np), charts, "marginals", 420, 300);
        List<JFreeChart> pairs = new ArrayList<>();
        for (int a = 0; a < np; a++) {
            for (int b = a + 1; b < np; b++) {
                pairs.add(CalibrationCharts.pair(cal, post, a, b));
            }
        }
        if (!pairs.isEmpty()) {
            ChartFiles.saveGrid(pairs, Math.min(3, pairs.size()), charts, "pairs", 360, 320);
        }
        ChartFiles.saveGrid(CalibrationCharts.schedule(r.generations()), 2, charts, "schedule", 480, 300);
        if (pc != null) {
            List<JFreeChart> pcs = new ArrayList<>();
            for (int t = 0; t < cal.targets().size(); t++) {
                double[] v = new double[pc.statistics().length];
                for (int k = 0; k < v.length; k++) {
                    v[k] = pc.statistics()[k][t];
                }
                pcs.add(CalibrationCharts.predictive(cal.targets().get(t).name(), v, pc.low()[t], pc.high()[t],
                        cal.targets().get(t).observed(), pc.inside()[t]));
            }
            ChartFiles.saveGrid(pcs, Math.min(2, pcs.size()), charts, "predictive", 480, 300);
        }
        AtomicFile.writeString(dir.resolve("report.html"), html(cal, r, pc, !pairs.isEmpty()));
    }

    private static String html(Calibration cal, AbcSmc.Result r, PredictiveCheck.Result pc, boolean pairs) {
        Generation post = r.posterior();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/><title>Calibration: ").append(esc(cal.name()))
                .append("</title>\n<style>body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,sans-serif;color:#222;"
                        + "max-width:1100px;margin:2em auto;padding:0 1em;line-height:1.45}h1{font-size:1.7em;margin-bottom:.2em}"
                        + "h2{font-size:1.3em;margin-top:2em;border-bottom:1px solid #ccc;padding-bottom:.2em}p.lead{color:#555;margin-top:0}"
                        + "table{border-collapse:collapse;margin:.8em 0;font-size:.9em}th,td{border-bottom:1px solid #ddd;padding:.3em .7em;"
                        + "text-align:left}th{background:#f3f3f3}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
                        + ".pass{color:#fff;background:#1a7f37;padding:.1em .5em;border-radius:3px;font-weight:bold}"
                        + ".fail{color:#fff;background:#c62828;padding:.1em .5em;border-radius:3px;font-weight:bold}"
                        + ".warn{background:#fff4ce;border-left:4px solid #e6a700;padding:.5em .8em}.note{color:#555;font-size:.9em}"
                        + "figure{margin:1.5em 0}figure img{max-width:100%;height:auto;border:1px solid #eee}"
                        + "figcaption{color:#555;font-size:.9em}code{background:#f5f5f5;padding:0 .2em}</style></head><body>\n");
        h.append("<h1>Calibration: ").append(esc(cal.name())).append("</h1>\n<p class=\"lead\">").append(esc(cal.description()))
                .append("</p>\n");
        h.append("<p>Base scenario <code>").append(esc(Path.of(cal.base()).getFileName().toString())).append("</code>")
                .append(cal.set().isEmpty() ? "" : " with <code>" + esc(String.join(", ", cal.set())) + "</code>")
                .append("; ").append(cal.method().equals("smc") ? "ABC-SMC (adaptive tolerance, optimal local covariance kernel)"
                        : "rejection ABC").append(", ").append(cal.particles()).append(" particles, seed ").append(cal.seed())
                .append(". ").append(r.generations().size()).append(" generations, ").append(r.simulations())
                .append(" simulations.</p>\n<p class=\"warn\">Stopped: ").append(esc(r.stopReason())).append("</p>\n");
        h.append("<p class=\"note\">The targets are illustrative patterns unless the calibration file says otherwise; the "
                + "posterior is the set of parameter values that reproduce them within the final tolerance, with their weights. "
                + "ABC at a tolerance above zero is conservative: the posterior is wider than the exact one.</p>\n");

        h.append("<h2>Posterior</h2>\n<table><tr><th>parameter</th><th>key path</th><th>prior</th><th>mean</th><th>SD</th>"
                + "<th>90 % interval</th></tr>\n");
        for (int p = 0; p < cal.parameters().size(); p++) {
            Parameter par = cal.parameters().get(p);
            h.append("<tr><td>").append(esc(par.name())).append("</td><td><code>").append(esc(par.path())).append("</code></td><td>")
                    .append(esc(par.prior().kind())).append(" [").append(num(par.prior().min())).append(", ")
                    .append(num(par.prior().max())).append("]</td><td class=\"num\">").append(num(post.mean(p)))
                    .append("</td><td class=\"num\">").append(num(post.sd(p))).append("</td><td class=\"num\">[")
                    .append(num(post.quantile(p, 0.05))).append(", ").append(num(post.quantile(p, 0.95))).append("]</td></tr>\n");
        }
        h.append("</table>\n<figure><img src=\"charts/marginals.png\" alt=\"marginal posteriors\"/><figcaption>Marginal posteriors "
                + "(weighted histograms of the last generation) over the priors (dashed).</figcaption></figure>\n");
        if (pairs) {
            h.append("<figure><img src=\"charts/pairs.png\" alt=\"pairwise scatter\"/><figcaption>Pairwise scatter of the last "
                    + "generation's particles: correlated parameters show as a ridge.</figcaption></figure>\n");
        }
        h.append("<h2>Generations</h2>\n<table><tr><th>generation</th><th>tolerance ε</th><th>simulations</th><th>acceptance</th>"
                + "<th>ESS</th></tr>\n");
        for (Generation g : r.generations()) {
            h.append("<tr><td class=\"num\">").append(g.index()).append("</td><td class=\"num\">").append(num(g.epsilon()))
                    .append("</td><td class=\"num\">").append(g.simulations()).append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%.2f %%", 100 * g.acceptance())).append("</td><td class=\"num\">")
                    .append(String.format(Locale.ROOT, "%.0f", g.ess())).append("</td></tr>\n");
        }
        h.append("</table>\n<figure><img src=\"charts/schedule.png\" alt=\"tolerance and acceptance\"/><figcaption>The "
                + "tolerance shrinks and the acceptance rate falls as the posterior sharpens.</figcaption></figure>\n");
        if (pc != null) {
            h.append("<h2>Posterior predictive check</h2>\n<p>").append(pc.sets().length).append(" fresh runs at parameter sets "
                    + "drawn from the posterior (seeds the calibration did not use).</p>\n<table><tr><th>target</th><th>statistic</th>"
                    + "<th>observed</th><th>tolerance / scale</th><th>90 % predictive interval</th><th>check</th></tr>\n");
            for (int t = 0; t < cal.targets().size(); t++) {
                Target tg = cal.targets().get(t);
                String stat = tg.statistic() + " of " + tg.metric() + (tg.region() != null ? " in " + tg.region() : "")
                        + (tg.statistic().equals("final") ? "" : " over ticks " + tg.from() + "–" + (tg.to() < 0 ? "end" : tg.to()));
                h.append("<tr><td>").append(esc(tg.name())).append("</td><td>").append(esc(stat)).append("</td><td class=\"num\">")
                        .append(num(tg.observed())).append("</td><td class=\"num\">").append(num(tg.scale()))
                        .append("</td><td class=\"num\">[").append(num(pc.low()[t])).append(", ").append(num(pc.high()[t]))
                        .append("]</td><td>").append(pc.inside()[t] ? "<span class=\"pass\">inside</span>" : "<span class=\"fail\">outside</span>")
                        .append("</td></tr>\n");
            }
            h.append("</table>\n<figure><img src=\"charts/predictive.png\" alt=\"posterior predictive check\"/><figcaption>"
                    + "Distribution of each target's statistic over the predictive runs; grey band: 90 % interval; line: "
                    + "observed value.</figcaption></figure>\n");
        }
        h.append("<p class=\"note\">Files: posterior.csv (every generation's particles and weights), statistics.csv, "
                + "generations.csv, predictive.csv, targets.csv, manifest.json.</p>\n</body></html>\n");
        return h.toString();
    }

    private static String num(double v) {
        if (Double.isInfinite(v)) {
            return "∞";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.format(Locale.ROOT, "%d", (long) v);
        }
        return String.format(Locale.ROOT, "%.4g", v);
    }

    private static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
