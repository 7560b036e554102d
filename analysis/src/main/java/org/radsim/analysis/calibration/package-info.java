/** Charts and the HTML report of a calibration folder (issue 14). */
package org.radsim.analysis.calibration;
