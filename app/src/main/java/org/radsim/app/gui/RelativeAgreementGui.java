package org.radsim.app.gui;

import java.awt.Color;
import java.util.List;

import org.radsim.core.classic.relativeagreement.RelativeAgreementModel;
import org.radsim.core.scenario.Scenario;

import sim.engine.SimState;

/**
 * The GUI of the relative-agreement model with extremists (Deffuant et al. 2002): opinions over time as a
 * histogram per period, a chart of the shares of moderates who ended at either extreme (p'+, p'−), and the
 * Model tab with the settings of the {@code relative_agreement:} section (they apply at restart).
 */
public final class RelativeAgreementGui extends ScenarioGui {

    private static final List<String> SETTINGS = List.of("relative_agreement.n", "relative_agreement.mu",
            "relative_agreement.pe", "relative_agreement.uncertainty", "relative_agreement.extremist_uncertainty",
            "relative_agreement.delta", "relative_agreement.placement", "seed", "ticks");
    private static final String DEFAULT = "validation/ra1-both-extremes";

    private final RelativeAgreementView view;

    /** The Console's "New Simulation" entry: validation target RA-1 (moderates split to both extremes). */
    public RelativeAgreementGui() {
        this(ScenarioSession.builtin(DEFAULT));
    }

    public RelativeAgreementGui(ScenarioSession session) {
        this(session, new RelativeAgreementView());
    }

    private RelativeAgreementGui(ScenarioSession session, RelativeAgreementView view) {
        super(session, view);
        this.view = view;
    }

    public static String getName() {
        return "radsim — relative agreement with extremists (Deffuant et al. 2002)";
    }

    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h2>Relative agreement (Deffuant et al. 2002)</h2>"
                + "<p>Agents hold an opinion in [−1, 1] and an uncertainty. In each meeting each moves toward the "
                + "other in proportion to how much their opinion ranges overlap, relative to its own uncertainty. "
                + "A few confident extremists sit at the ends.</p>"
                + "<p><b>View</b>: opinion (rows, +1 at the top) over periods (columns); darker = more agents. "
                + "Watch the moderates converge to the centre, split to both extremes, or drift to one.</p>"
                + "</body></html>";
    }

    RelativeAgreementModel shown() {
        return view.shown();
    }

    OpinionHistoryPortrayal historyPortrayal() {
        return view.history();
    }

    @Override
    ModelView newView() {
        return new RelativeAgreementView();
    }

    @Override
    Scenario scenarioOf(SimState model) {
        return session().scenario();
    }

    @Override
    public boolean validSimState(SimState s) {
        return s instanceof RelativeAgreementModel;
    }

    @Override
    List<String> parameters() {
        return SETTINGS;
    }

    @Override
    String displayTitle() {
        return "radsim — relative agreement";
    }

    @Override
    ChartWindow newCharts(boolean window) {
        return new TimeSeriesWindow("Moderates at the extremes", "share of moderates",
                new String[] {"p'+ (ended at +1)", "p'− (ended at −1)"},
                new Color[] {new Color(0xD7191C), new Color(0x2B5FD9)}, false, window);
    }

    @Override
    double[] chartRow() {
        return RelativeAgreementView.shares(view.shown());
    }
}
