package org.radsim.core.intervention;

import org.radsim.core.network.SocialNetwork;
import org.radsim.core.population.Membership;
import org.radsim.core.population.Population;
import org.radsim.core.scenario.Scenario;

/** What an intervention may look at and act on: the scenario, the citizens, their ties and the members. */
public record World(Scenario scenario, Population population, SocialNetwork network, Membership membership)
        implements java.io.Serializable {
}
