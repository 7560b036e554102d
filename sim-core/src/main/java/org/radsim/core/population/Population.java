package org.radsim.core.population;

/**
 * The citizens, as parallel primitive arrays (one entry per citizen), numbered region by region so that network
 * neighbours have nearby ids. Opinion and uncertainty are double-buffered: social influence reads the previous
 * tick's values and writes the next ones, then the buffers swap. No object per citizen.
 * <p>
 * State variables (MODEL.md section 2): region, age, youth flag, employed flag, education e, base hardship h,
 * perceived legitimacy L, grievance G, risk aversion R, isolation I, opinion x, uncertainty u, stage, and one
 * enrolment bit per intervention.
 */
public final class Population implements java.io.Serializable {

    /** Flag bit: aged 15–29. */
    public static final int YOUTH = 1;
    /** Flag bit: employed. */
    public static final int EMPLOYED = 2;
    /** Flag bit: this member is a recruiter. */
    public static final int RECRUITER = 4;

    public final int size;
    public final short[] region;
    public final byte[] age;
    public final byte[] flags;
    public final float[] education;
    public final float[] baseHardship;
    public final float[] legitimacy;
    public final float[] grievance;
    public final float[] risk;
    public final float[] isolation;
    public final byte[] stage;
    public final int[] enrolment;
    private float[] opinion;
    private float[] uncertainty;
    private float[] opinionNext;
    private float[] uncertaintyNext;
    /** First citizen of each region, plus {@code size} at the end: region r is {@code [regionStart[r], regionStart[r+1])}. */
    public final int[] regionStart;

    public Population(int size, int[] regionStart) {
        this.size = size;
        this.regionStart = regionStart.clone();
        region = new short[size];
        age = new byte[size];
        flags = new byte[size];
        education = new float[size];
        baseHardship = new float[size];
        legitimacy = new float[size];
        grievance = new float[size];
        risk = new float[size];
        isolation = new float[size];
        stage = new byte[size];
        enrolment = new int[size];
        opinion = new float[size];
        uncertainty = new float[size];
        opinionNext = new float[size];
        uncertaintyNext = new float[size];
        for (int r = 0; r + 1 < regionStart.length; r++) {
            for (int i = regionStart[r]; i < regionStart[r + 1]; i++) {
                region[i] = (short) r;
            }
        }
    }

    public int regions() {
        return regionStart.length - 1;
    }

    /** Current opinions x (read and write outside social influence). */
    public float[] opinion() {
        return opinion;
    }

    /** Current uncertainties u. */
    public float[] uncertainty() {
        return uncertainty;
    }

    /** The buffer social influence writes the next opinions into. */
    public float[] opinionNext() {
        return opinionNext;
    }

    /** The buffer social influence writes the next uncertainties into. */
    public float[] uncertaintyNext() {
        return uncertaintyNext;
    }

    /** Makes the next buffers current (after a synchronous update). */
    public void swapOpinionBuffers() {
        float[] t = opinion;
        opinion = opinionNext;
        opinionNext = t;
        t = uncertainty;
        uncertainty = uncertaintyNext;
        uncertaintyNext = t;
    }

    public boolean is(int i, int flag) {
        return (flags[i] & flag) != 0;
    }

    public void set(int i, int flag, boolean on) {
        flags[i] = (byte) (on ? flags[i] | flag : flags[i] & ~flag);
    }

    public boolean employed(int i) {
        return (flags[i] & EMPLOYED) != 0;
    }

    /** Hardship {@code H_i = clamp(h_i + ΔH·[unemployed])}. */
    public double hardship(int i, double unemployedHardship) {
        double h = baseHardship[i] + (employed(i) ? 0.0 : unemployedHardship);
        return h > 1.0 ? 1.0 : h;
    }
}
