package org.radsim.core.replication;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.RandomProviderDefaultState;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * One of the model's random streams: xoshiro256++ (Blackman &amp; Vigna 2021) from Apache Commons RNG, about 1–2 ns
 * a draw where MASON's Mersenne Twister costs 11–14 ns. A stream is seeded from one {@code long} through SplitMix64;
 * independent streams for blocks of citizens are cut from one stream by jumps of 2<sup>128</sup> draws
 * ({@link #split}), so they never overlap. Everything is a function of the seed only.
 * <p>
 * Serializable (the generator's state is written, so MASON checkpoints resume the same draws), which Commons RNG's
 * generators themselves are not.
 */
public final class RandomStream implements UniformRandomProvider, Serializable {

    private static final long serialVersionUID = 1L;

    private transient XoShiRo256PlusPlus generator;
    private transient ZigguratSampler.NormalizedGaussian gaussian;
    private transient ZigguratSampler.Exponential exponential;

    private RandomStream(XoShiRo256PlusPlus generator) {
        this.generator = generator;
    }

    /** A stream seeded from {@code seed}. */
    public static RandomStream of(long seed) {
        SplitMix64 mix = new SplitMix64(seed);
        return new RandomStream(new XoShiRo256PlusPlus(
                new long[] {mix.nextLong(), mix.nextLong(), mix.nextLong(), mix.nextLong()}));
    }

    /**
     * {@code count} non-overlapping streams: the first starts where {@link #of(long) of(seed)} starts, each next one
     * 2<sup>128</sup> draws further.
     */
    public static RandomStream[] split(long seed, int count) {
        XoShiRo256PlusPlus base = of(seed).generator;
        RandomStream[] out = new RandomStream[count];
        for (int b = 0; b < count; b++) {
            out[b] = new RandomStream((XoShiRo256PlusPlus) base.jump());
        }
        return out;
    }

    @Override
    public long nextLong() {
        return generator.nextLong();
    }

    @Override
    public int nextInt() {
        return generator.nextInt();
    }

    /** Uniform on [0, n) (Lemire's unbiased multiply-and-reject). */
    @Override
    public int nextInt(int n) {
        return generator.nextInt(n);
    }

    /** Uniform on [0, 1), 53 random bits. */
    @Override
    public double nextDouble() {
        return generator.nextDouble();
    }

    @Override
    public boolean nextBoolean() {
        return generator.nextBoolean();
    }

    /** A standard normal draw (ziggurat method, McFarland 2016, as in Commons RNG's {@code ZigguratSampler}). */
    public double nextGaussian() {
        if (gaussian == null) {
            gaussian = ZigguratSampler.NormalizedGaussian.of(generator);
        }
        return gaussian.sample();
    }

    /**
     * An exponential draw of mean 1 (ziggurat method, McFarland 2016, Commons RNG's {@code ZigguratSampler}): about
     * 5 ns where {@code -log(1 - U)} costs 25.
     */
    public double nextExponential() {
        if (exponential == null) {
            exponential = ZigguratSampler.Exponential.of(generator);
        }
        return exponential.sample();
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeObject(((RandomProviderDefaultState) generator.saveState()).getState());
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        generator = new XoShiRo256PlusPlus(new long[4]);
        generator.restoreState(new RandomProviderDefaultState((byte[]) in.readObject()));
    }
}
