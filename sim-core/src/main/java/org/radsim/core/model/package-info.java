/**
 * The radicalization model as a MASON {@code SimState}: the order of a tick ({@link org.radsim.core.model.Phase}),
 * deterministic parallel loops ({@link org.radsim.core.model.Blocks}) and observation.
 */
package org.radsim.core.model;
