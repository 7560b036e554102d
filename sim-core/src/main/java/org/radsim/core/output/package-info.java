/** Result writers: the CSV dialect, the run manifest. */
package org.radsim.core.output;
