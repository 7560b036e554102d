/**
 * The processes of the radicalization model (MODEL.md section 3), one class each, and the published mechanisms
 * they share with the classic models ({@link org.radsim.core.mechanism.RelativeAgreement},
 * {@link org.radsim.core.mechanism.Activation}). Floor 3: also the {@link org.radsim.core.mechanism.Levers}
 * through which the interventions (one floor up) change these processes, the counter-narrative
 * {@link org.radsim.core.mechanism.Campaign}s among them, and the per-tick {@link org.radsim.core.mechanism.Tally}.
 */
package org.radsim.core.mechanism;
