package org.radsim.core.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.radsim.core.model.RadicalizationModel;
import org.radsim.core.model.Scenarios;
import org.radsim.core.population.InitialPopulation;
import org.radsim.core.population.Population;
import org.radsim.core.population.Stage;
import org.radsim.core.scenario.Scenario;

class RecruitmentTest {

    /**
     * 400 radicalized citizens with grievance exactly 0.5 (hardship 0.5, legitimacy 0); half are risk-neutral
     * (R = 0: 0.5 − 0 > 0.1, they join), half fully risk-averse (R = 1, P_r = 1 − e^−2.3 ≈ 0.9: 0.5 − 0.9 &lt; 0.1,
     * they never do). Five recruiters contact 1000 random citizens each in the first tick and every eligible contact
     * joins.
     */
    private static RadicalizationModel world(String... extra) {
        String[] base = {"ticks=40", "population.size=401", "population.hardship=0", "population.unemployed_hardship=0",
                "regions=[{name: a, security: 1.0, legitimacy: 0, job_finding_rate: 0}]", "opinion.mu=0",
                "propaganda.reach=0", "recruiters.initial=5", "recruiters.contacts_per_tick=1000",
                "recruiters.network_share=0", "recruiters.targeting=random", "recruiters.join_probability=1",
                "recruiters.employed_availability=1", "recruiters.promotion_rate=0", "recruiters.mobility_rate=0",
                "exit.rate=0"};
        String[] all = Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        Scenario s = Scenarios.of("name: r\n", all);
        RadicalizationModel m = new RadicalizationModel(s, 5, 1);
        m.start();
        Population p = m.population();
        for (int i = 0; i < p.size; i++) {
            if (p.stage[i] == Stage.MEMBER_CODE) {
                continue;
            }
            p.baseHardship[i] = 0.5f;
            p.legitimacy[i] = 0f;
            p.markGrievanceStale(i); // hardship and legitimacy changed: the grievance step recomputes G
            p.risk[i] = i % 2 == 0 ? 0f : 1f;
            p.opinion()[i] = 0.9f;
            p.uncertainty()[i] = 0.1f;
            p.stage[i] = InitialPopulation.opinionStage(0.9, s.opinion());
        }
        return m;
    }

    @Test
    void contactedRadicalizedJoinExactlyWhenGrievanceMinusRiskExceedsTheThreshold() {
        RadicalizationModel m = world();
        java.util.Set<Integer> initial = new java.util.HashSet<>();
        m.membership().recruiters().forEach(r -> initial.add(r.citizen()));
        m.schedule.step(m);
        Population p = m.population();
        int joinedRiskNeutral = 0;
        int joinedRiskAverse = 0;
        for (int i = 0; i < p.size; i++) {
            // a recruit may since have been detected and detained (security 1/year), but it did join
            boolean joined = p.stage[i] == Stage.MEMBER_CODE || p.stage[i] == Stage.DETAINED_CODE;
            if (joined && !initial.contains(i)) {
                if (p.risk[i] == 0f) {
                    joinedRiskNeutral++;
                } else {
                    joinedRiskAverse++;
                }
            }
        }
        assertEquals(0, joinedRiskAverse, "G − R·P = 0.5 − 0.9 is below T: nobody risk-averse joins");
        // 5000 random contacts over 401 citizens: each risk-neutral one is missed with probability
        // (1 − 1/401)^5000 ≈ 4e-6, so all 200 (less any initial recruiter among them) are reached
        long initialRiskNeutral = initial.stream().filter(i -> i % 2 == 0).count();
        assertEquals(200 + (p.size % 2 == 1 ? 1 : 0) - initialRiskNeutral, joinedRiskNeutral);
    }

    @Test
    void joiningIsReportedAsNewAndCumulativeRecruits() {
        RadicalizationModel m = world("ticks=3");
        int[] recruits = new int[1];
        m.observer().setSink((tick, g, r) -> recruits[0] += (int) g[org.radsim.core.model.Observer.METRICS.indexOf("new_recruits")]);
        for (int t = 0; t < 3; t++) {
            m.schedule.step(m);
        }
        int joined = 0;
        for (byte st : m.population().stage) {
            joined += st == Stage.MEMBER_CODE || st == Stage.DETAINED_CODE ? 1 : 0;
        }
        assertEquals(joined - 5, recruits[0], "every joiner but the initial recruiters was reported");
    }

    @Test
    void promotionWithACertainRateMakesEveryMemberARecruiterInOneTick() {
        RadicalizationModel m = world("ticks_per_year=1", "recruiters.promotion_rate=52", "recruiters.contacts_per_tick=400");
        m.schedule.step(m);
        assertEquals(m.membership().memberCount(), m.membership().recruiters().size());
    }
}
