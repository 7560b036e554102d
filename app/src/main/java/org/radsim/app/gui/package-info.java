/**
 * The MASON GUI: {@link org.radsim.app.gui.RadicalizationGui} (the Console on the radicalization model) and the
 * classic models' GUIs, their portrayals (one pass over the population arrays per frame), the live JFreeChart
 * windows and the Model tab, which maps MASON's property conventions onto scenario settings. The model never
 * knows it is being watched: everything here reads the model's arrays and calls its public levers.
 */
package org.radsim.app.gui;
