package org.radsim.core.population;

/**
 * The citizens, as parallel primitive arrays (one entry per citizen), numbered region by region so that network
 * neighbours have nearby ids. No object per citizen. Social influence is synchronous: before it updates anyone, it
 * writes what every citizen says to a listener into {@link #speakers()} — opinion and uncertainty side by side, the
 * stage folded in — so a random neighbour costs one cache line, and it then updates opinion and uncertainty in
 * place.
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
    /** Flag bit: employment or legitimacy changed since grievance was last computed (see {@link #markGrievanceStale}). */
    public static final int GRIEVANCE_STALE = 8;

    public final int size;
    public final short[] region;
    public final byte[] age;
    public final byte[] flags;
    public final float[] education;
    public final float[] baseHardship;
    /**
     * Perceived legitimacy L; whoever changes it (or employment, or base hardship) calls {@link #markGrievanceStale}
     * or, like the labour market, recomputes the grievance at once.
     */
    public final float[] legitimacy;
    public final float[] grievance;
    public final float[] risk;
    public final float[] isolation;
    public final byte[] stage;
    public final int[] enrolment;
    private final float[] opinion;
    private final float[] uncertainty;
    private final float[] speakers;
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
        speakers = new float[2 * size];
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

    /**
     * What each citizen says to a listener, interleaved: {@code speakers[2i]} the opinion, {@code speakers[2i+1]} the
     * uncertainty, or {@link #SPEAKS_AS_MEMBER} / {@link #SILENT} there for members and detained citizens. Written
     * and read only by social influence.
     */
    public float[] speakers() {
        return speakers;
    }

    /** Marker in {@link #speakers()}: a member, who speaks as an extremist. */
    public static final float SPEAKS_AS_MEMBER = -2f;
    /** Marker in {@link #speakers()}: a detained citizen, who does not interact. */
    public static final float SILENT = -1f;

    /** Marks citizen i's grievance for recomputation (after its employment or legitimacy changed). */
    public void markGrievanceStale(int i) {
        flags[i] |= GRIEVANCE_STALE;
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
