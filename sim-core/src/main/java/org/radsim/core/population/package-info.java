/** The citizens as parallel primitive arrays, and how they are drawn at the start of a run. */
package org.radsim.core.population;
