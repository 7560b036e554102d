/**
 * The scenario format: the schema of every setting ({@link org.radsim.core.scenario.ScenarioSchema}), reading YAML
 * with locations ({@link org.radsim.core.scenario.YamlReader}), strict validation with suggestions, {@code extends:}
 * and {@code --set} overrides ({@link org.radsim.core.scenario.ScenarioLoader}), and the resolved
 * {@link org.radsim.core.scenario.Scenario} records.
 */
package org.radsim.core.scenario;
