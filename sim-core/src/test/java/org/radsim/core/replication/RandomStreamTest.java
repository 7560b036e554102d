package org.radsim.core.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;
import org.junit.jupiter.api.Test;

class RandomStreamTest {

    /** The stream is Commons RNG's xoshiro256++ seeded with four SplitMix64 outputs of the seed, draw for draw. */
    @Test
    void isXoshiro256PlusPlusSeededThroughSplitMix64() {
        SplitMix64 mix = new SplitMix64(42L);
        XoShiRo256PlusPlus reference = new XoShiRo256PlusPlus(
                new long[] {mix.nextLong(), mix.nextLong(), mix.nextLong(), mix.nextLong()});
        RandomStream s = RandomStream.of(42L);
        for (int k = 0; k < 1000; k++) {
            assertEquals(reference.nextLong(), s.nextLong(), "draw " + k);
        }
    }

    /** Split streams are the seed's stream jumped 2^128 draws per index: the first is the unjumped stream. */
    @Test
    void splitStreamsStartAtSuccessiveJumps() {
        RandomStream[] split = RandomStream.split(7L, 3);
        XoShiRo256PlusPlus reference = referenceOf(7L);
        for (int b = 0; b < 3; b++) {
            XoShiRo256PlusPlus copy = (XoShiRo256PlusPlus) reference.jump();
            for (int k = 0; k < 10; k++) {
                assertEquals(copy.nextLong(), split[b].nextLong(), "stream " + b + ", draw " + k);
            }
        }
        assertNotEquals(RandomStream.split(7L, 2)[0].nextLong(), RandomStream.split(7L, 2)[1].nextLong());
    }

    /** A checkpoint written mid-stream resumes the very same draws (Gaussian ones included). */
    @Test
    void serializationResumesTheSameDraws() throws Exception {
        RandomStream s = RandomStream.of(3L);
        for (int k = 0; k < 17; k++) {
            s.nextGaussian();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(s);
        }
        RandomStream back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (RandomStream) in.readObject();
        }
        for (int k = 0; k < 100; k++) {
            assertEquals(s.nextGaussian(), back.nextGaussian(), "gaussian " + k);
            assertEquals(s.nextInt(1000), back.nextInt(1000), "int " + k);
        }
    }

    /**
     * The Gaussian draws are standard normal: mean and variance of 200 000 draws within 5 standard errors
     * (SE of the mean 1/√n ≈ 0.0022, of the variance √(2/n) ≈ 0.0032).
     */
    @Test
    void gaussianDrawsAreStandardNormal() {
        RandomStream s = RandomStream.of(11L);
        int n = 200_000;
        double sum = 0;
        double sq = 0;
        for (int k = 0; k < n; k++) {
            double g = s.nextGaussian();
            sum += g;
            sq += g * g;
        }
        double mean = sum / n;
        double var = sq / n - mean * mean;
        assertTrue(Math.abs(mean) < 5 / Math.sqrt(n), "mean " + mean);
        assertTrue(Math.abs(var - 1) < 5 * Math.sqrt(2.0 / n), "variance " + var);
    }

    private static XoShiRo256PlusPlus referenceOf(long seed) {
        SplitMix64 mix = new SplitMix64(seed);
        return new XoShiRo256PlusPlus(new long[] {mix.nextLong(), mix.nextLong(), mix.nextLong(), mix.nextLong()});
    }
}
