package org.radsim.app.bench;

import org.radsim.core.mechanism.RelativeAgreement;
import org.radsim.core.network.SocialNetwork;
import org.radsim.core.population.Stage;

import sim.engine.RandomSequence;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.field.network.Edge;
import sim.field.network.Network;
import sim.util.Bag;

/**
 * The object-per-agent peer: the model's social-influence step (relative agreement, {@link RelativeAgreement#weight})
 * written the way MASON's own examples write agents — one {@link Steppable} {@link Citizen} object per agent with
 * {@code double} fields, ties as {@link Edge}s of a {@link Network}, and all citizens in one {@link RandomSequence}
 * scheduled once (as HeatBugs does). It is built on the same graph as the array model (every CSR tie becomes one
 * edge) and from the same opinions, uncertainties and stages. It exists only to be measured against
 * {@link org.radsim.core.mechanism.SocialInfluence}.
 * <p>
 * As in MASON's examples the update is asynchronous and in place (each citizen reads its neighbour's current value),
 * which spares the peer the second buffer the array step writes: the comparison favours the peer.
 */
public final class ObjectPeer extends SimState {

    private static final long serialVersionUID = 1L;

    final Network network = new Network(false);
    final double mu;
    final double extremistU;
    private final transient SocialNetwork source;
    private final float[] opinion;
    private final float[] uncertainty;
    private final byte[] stage;
    private Citizen[] citizens;

    public ObjectPeer(long seed, SocialNetwork source, float[] opinion, float[] uncertainty, byte[] stage,
                      double mu, double extremistU) {
        super(seed);
        this.source = source;
        this.opinion = opinion;
        this.uncertainty = uncertainty;
        this.stage = stage;
        this.mu = mu;
        this.extremistU = extremistU;
    }

    @Override
    public void start() {
        super.start();
        int n = source.size();
        citizens = new Citizen[n];
        for (int i = 0; i < n; i++) {
            citizens[i] = new Citizen(opinion[i], uncertainty[i], stage[i]);
            network.addNode(citizens[i]);
        }
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < source.degree(i); k++) {
                int j = source.neighbour(i, k);
                // the CSR lists each tie at both ends; add it once (a repeated tie is added as often as it repeats)
                if (i < j) {
                    network.addEdge(citizens[i], citizens[j], null);
                }
            }
        }
        schedule.scheduleRepeating(new RandomSequence(citizens));
    }

    /** The opinion of citizen {@code i}. */
    public double opinionOf(int i) {
        return citizens[i].opinion;
    }

    /** A checksum of the opinions, so the work cannot be optimised away. */
    public double checksum() {
        double sum = 0;
        for (Citizen c : citizens) {
            sum += c.opinion;
        }
        return sum;
    }

    /** One citizen as an agent object: its opinion, uncertainty and stage, and the relative-agreement step. */
    static final class Citizen implements Steppable {

        private static final long serialVersionUID = 1L;

        double opinion;
        double uncertainty;
        int stage;

        Citizen(double opinion, double uncertainty, int stage) {
            this.opinion = opinion;
            this.uncertainty = uncertainty;
            this.stage = stage;
        }

        @Override
        public void step(SimState state) {
            ObjectPeer model = (ObjectPeer) state;
            if (stage == Stage.DETAINED_CODE || stage == Stage.MEMBER_CODE) {
                return;
            }
            Bag edges = model.network.getEdgesOut(this);
            if (edges.numObjs == 0) {
                return;
            }
            Edge edge = (Edge) edges.objs[model.random.nextInt(edges.numObjs)];
            Citizen other = (Citizen) edge.getOtherNode(this);
            if (other.stage == Stage.DETAINED_CODE) {
                return;
            }
            boolean extremist = other.stage == Stage.MEMBER_CODE;
            double xs = extremist ? 1.0 : other.opinion;
            double us = extremist ? model.extremistU : other.uncertainty;
            double w = RelativeAgreement.weight(model.mu, xs, us, opinion, uncertainty);
            if (w > 0) {
                opinion += w * (xs - opinion);
                uncertainty += w * (us - uncertainty);
            }
        }
    }
}
