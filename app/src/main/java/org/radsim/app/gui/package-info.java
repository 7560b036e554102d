/**
 * The MASON GUI. {@link org.radsim.app.gui.ScenarioGui} is the frame base of every single-run GUI (the Console on
 * the radicalization model, {@link org.radsim.app.gui.RadicalizationGui}, and the classic models' GUIs);
 * {@link org.radsim.app.gui.CompareGui} runs two scenarios side by side in lock step on the same simulated people.
 * What a model kind looks like is its {@code ModelView}: the portrayals (each drawing what a supplier gives it,
 * one pass over the population arrays per frame), its metrics row and the quantities a comparison charts. Around
 * them: the live JFreeChart windows, the Model tab (MASON's property conventions mapped onto scenario settings)
 * and the exports (PNG snapshots, animated GIFs through the JDK's image writers). The model never knows it is
 * being watched: everything here reads the model's arrays and calls its public levers.
 */
package org.radsim.app.gui;
