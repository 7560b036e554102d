package org.radsim.core.intervention;

import java.util.ArrayList;
import java.util.List;

import org.radsim.core.mechanism.Levers;
import org.radsim.core.mechanism.Tally;
import org.radsim.core.replication.Blocks;
import org.radsim.core.replication.RandomStream;
import org.radsim.core.scenario.Scenario;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Process 1 of a tick: interventions start or stop (enrolment is drawn when one starts), act, set the
 * {@link Levers} the later processes read, and book their cost. An intervention outside its window changes nothing.
 */
public final class Interventions implements Steppable {

    private static final long serialVersionUID = 1L;

    private final List<Intervention> all = new ArrayList<>();
    private final World world;
    private final Levers levers;
    private final Tally tally;
    private final Blocks blocks;
    private final RandomStream rng;
    private final boolean[] enabled;

    public Interventions(World world, Levers levers, Tally tally, Blocks blocks, RandomStream rng) {
        this.world = world;
        this.levers = levers;
        this.tally = tally;
        this.blocks = blocks;
        this.rng = rng;
        Scenario s = world.scenario();
        for (int k = 0; k < s.interventions().size(); k++) {
            all.add(Intervention.of(s.interventions().get(k), k, s));
        }
        enabled = new boolean[all.size()];
        java.util.Arrays.fill(enabled, true);
    }

    public List<Intervention> all() {
        return all;
    }

    /** Switches an intervention on or off from the next tick (the GUI's lever); off stops it if running. */
    public void setEnabled(int k, boolean on) {
        enabled[k] = on;
    }

    public boolean enabled(int k) {
        return enabled[k];
    }

    @Override
    public void step(SimState state) {
        long tick = state.schedule.getSteps() + 1;
        levers.reset();
        for (int k = 0; k < all.size(); k++) {
            Intervention iv = all.get(k);
            boolean shouldRun = enabled[k] && iv.spec().activeAt(tick);
            if (shouldRun && !iv.running()) {
                iv.start(world, rng);
            } else if (!shouldRun && iv.running()) {
                iv.stop(world);
            }
            if (iv.running()) {
                iv.act(world, blocks);
                iv.contribute(levers, world);
                bookCost(iv);
            }
        }
    }

    /** Spreads this tick's cost over the target regions in proportion to their population. */
    private void bookCost(Intervention iv) {
        double c = iv.costPerTick(world);
        if (c == 0) {
            return;
        }
        int[] start = world.population().regionStart;
        long total = 0;
        for (int r = 0; r < iv.targetRegion.length; r++) {
            total += iv.targetRegion[r] ? start[r + 1] - start[r] : 0;
        }
        for (int r = 0; r < iv.targetRegion.length; r++) {
            if (iv.targetRegion[r] && total > 0) {
                tally.cost(c * (start[r + 1] - start[r]) / total, r);
            }
        }
    }
}
