package org.radsim.core.population;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The action pyramid's registers: the free members (in joining order), the recruiters, the detainees with
 * their release ticks, and the disengaged. Kept as small lists beside the arrays because members are few; removal keeps order so a
 * run stays deterministic.
 */
public final class Membership implements Serializable {

    private static final long serialVersionUID = 1L;

    private int[] members = new int[64];
    private int memberCount;
    private int[] detainees = new int[64];
    private long[] releaseTick = new long[64];
    private int detaineeCount;
    private final List<Recruiter> recruiters = new ArrayList<>();
    private int[] disengaged = new int[64];
    private int disengagedCount;

    public int memberCount() {
        return memberCount;
    }

    public int member(int k) {
        return members[k];
    }

    public void addMember(int citizen) {
        if (memberCount == members.length) {
            members = Arrays.copyOf(members, memberCount * 2);
        }
        members[memberCount++] = citizen;
    }

    /** Removes a member; returns false if the citizen was not a free member. */
    public boolean removeMember(int citizen) {
        for (int k = 0; k < memberCount; k++) {
            if (members[k] == citizen) {
                System.arraycopy(members, k + 1, members, k, memberCount - k - 1);
                memberCount--;
                return true;
            }
        }
        return false;
    }

    public int detaineeCount() {
        return detaineeCount;
    }

    public int detainee(int k) {
        return detainees[k];
    }

    public long releaseTick(int k) {
        return releaseTick[k];
    }

    public void addDetainee(int citizen, long release) {
        if (detaineeCount == detainees.length) {
            detainees = Arrays.copyOf(detainees, detaineeCount * 2);
            releaseTick = Arrays.copyOf(releaseTick, detaineeCount * 2);
        }
        detainees[detaineeCount] = citizen;
        releaseTick[detaineeCount] = release;
        detaineeCount++;
    }

    /** Moves every release tick by {@code by} ticks (the clock restarts at 0 after a warm-up). */
    public void shiftReleaseTicks(long by) {
        for (int k = 0; k < detaineeCount; k++) {
            releaseTick[k] += by;
        }
    }

    public void removeDetaineeAt(int k) {
        System.arraycopy(detainees, k + 1, detainees, k, detaineeCount - k - 1);
        System.arraycopy(releaseTick, k + 1, releaseTick, k, detaineeCount - k - 1);
        detaineeCount--;
    }

    /** Records a citizen who has disengaged (the stage is final, so the list only grows). */
    public void addDisengaged(int citizen) {
        if (disengagedCount == disengaged.length) {
            disengaged = Arrays.copyOf(disengaged, disengagedCount * 2);
        }
        disengaged[disengagedCount++] = citizen;
    }

    public int disengagedCount() {
        return disengagedCount;
    }

    public int disengaged(int k) {
        return disengaged[k];
    }

    public List<Recruiter> recruiters() {
        return recruiters;
    }

    /** Removes the recruiter role of {@code citizen}, if any. */
    public void removeRecruiter(int citizen) {
        recruiters.removeIf(r -> r.citizen() == citizen);
    }
}
