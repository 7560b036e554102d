package org.radsim.core.population;

import java.io.Serializable;

/**
 * A recruiter: a member who recruits (MODEL.md section 2). Few, so an object each: the citizen it is, its home
 * region and the region it currently operates in (it moves across borders).
 */
public final class Recruiter implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int citizen;
    private final int homeRegion;
    private int region;

    public Recruiter(int citizen, int homeRegion) {
        this.citizen = citizen;
        this.homeRegion = homeRegion;
        this.region = homeRegion;
    }

    public int citizen() {
        return citizen;
    }

    public int homeRegion() {
        return homeRegion;
    }

    public int region() {
        return region;
    }

    public void moveTo(int newRegion) {
        region = newRegion;
    }
}
