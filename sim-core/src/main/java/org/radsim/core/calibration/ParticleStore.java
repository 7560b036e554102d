package org.radsim.core.calibration;

import java.io.IOException;

/**
 * Where accepted particles are kept as they are found, so a calibration killed mid-generation resumes with only
 * the missing particles (each particle is a pure function of the calibration seed, its generation and its index).
 */
public interface ParticleStore {

    /** The stored particle, or null. */
    Particle load(int generation, int index) throws IOException;

    void save(int generation, Particle particle) throws IOException;

    /** A store in memory (nothing survives the process). */
    static ParticleStore inMemory() {
        java.util.Map<Long, Particle> map = new java.util.concurrent.ConcurrentHashMap<>();
        return new ParticleStore() {
            @Override
            public Particle load(int generation, int index) {
                return map.get(((long) generation << 32) | index);
            }

            @Override
            public void save(int generation, Particle particle) {
                map.put(((long) generation << 32) | particle.index(), particle);
            }
        };
    }
}
