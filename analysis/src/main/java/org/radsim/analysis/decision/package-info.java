/**
 * Deciding under uncertainty, from results that are already computed: robustness statistics of alternatives
 * across futures ({@link org.radsim.analysis.decision.Robustness}), scenario discovery on a table of cases
 * ({@link org.radsim.analysis.decision.Cases}) with PRIM ({@link org.radsim.analysis.decision.Prim}) and a CART tree ({@link org.radsim.analysis.decision.Cart}), the
 * selection expression of {@code radsim discover} ({@link org.radsim.analysis.decision.Selection}) and the
 * fully sequential ranking-and-selection procedure of Kim &amp; Nelson
 * ({@link org.radsim.analysis.decision.KimNelson}).
 */
package org.radsim.analysis.decision;
