/** The social network in CSR form and its generators (Watts–Strogatz, Barabási–Albert, Erdős–Rényi, well-mixed). */
package org.radsim.core.network;
