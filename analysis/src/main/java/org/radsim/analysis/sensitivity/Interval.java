package org.radsim.analysis.sensitivity;

/** An estimate with its 95 % percentile-bootstrap interval. */
public record Interval(double value, double low, double high) {

    public boolean contains(double x) {
        return x >= low && x <= high;
    }
}
