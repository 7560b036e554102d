/**
 * Deffuant, Amblard, Weisbuch &amp; Faure's (2002) relative-agreement model with extremists
 * ({@link org.radsim.core.classic.relativeagreement.RelativeAgreementModel}), built on the shared
 * {@link org.radsim.core.mechanism.RelativeAgreement} rule, and its end-state indicators.
 */
package org.radsim.core.classic.relativeagreement;
