/**
 * The processes of the radicalization model (MODEL.md section 3), one class each, and the published mechanisms
 * they share with the classic models ({@link org.radsim.core.mechanism.RelativeAgreement},
 * {@link org.radsim.core.mechanism.Activation}).
 */
package org.radsim.core.mechanism;
