#!/usr/bin/env python3
"""Redraw radsim's main chart from a results folder or a compare folder, with pandas and matplotlib only.

    python3 examples/plot_results.py RESULTS_OR_COMPARE_FOLDER [--metric radicalized] [--out chart.png]

A results folder (radsim run): the mean of the metric over replications per tick with its 95 % interval,
read from timeseries-stats.csv. A compare folder (radsim compare): the same line for every scenario, the
scenarios' folders named by compare.json. Axis labels and units come from the folder's datapackage.json,
the data dictionary radsim writes next to the tables.
"""
import argparse
import json
import os
import sys

import matplotlib

matplotlib.use("Agg")  # no display needed
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402


def unit_of(folder, table, column):
    """The label and unit of a column, as the folder's datapackage.json describes it."""
    with open(os.path.join(folder, "datapackage.json"), encoding="utf-8") as f:
        package = json.load(f)
    for resource in package["resources"]:
        if resource["path"] == table:
            for field in resource["schema"]["fields"]:
                if field["name"] == column:
                    return field.get("unit", "")
    return ""


def series(folder, metric):
    """Mean and 95 % interval of the metric per tick over the folder's replications."""
    stats = pd.read_csv(os.path.join(folder, "timeseries-stats.csv"))
    s = stats[stats["metric"] == metric].sort_values("tick")
    if s.empty:
        sys.exit(f"{folder}: no metric '{metric}' in timeseries-stats.csv")
    return s


def scenario_name(folder):
    with open(os.path.join(folder, "manifest.json"), encoding="utf-8") as f:
        return json.load(f)["scenario_name"]


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("folder")
    p.add_argument("--metric", default="radicalized")
    p.add_argument("--out", default=None, help="image file (default: FOLDER/python-chart.png)")
    a = p.parse_args()

    compare = os.path.isfile(os.path.join(a.folder, "compare.json"))
    if compare:
        with open(os.path.join(a.folder, "compare.json"), encoding="utf-8") as f:
            layout = json.load(f)
        folders = [layout["baseline"]] + layout["alternatives"]
        runs = [os.path.join(a.folder, d) for d in folders]
    else:
        runs = [a.folder]

    fig, ax = plt.subplots(figsize=(8, 4.5))
    for run in runs:
        s = series(run, a.metric)
        line, = ax.plot(s["tick"], s["mean"], label=scenario_name(run))
        ax.fill_between(s["tick"], s["ci_low"], s["ci_high"], color=line.get_color(), alpha=0.2, linewidth=0)
    unit = unit_of(runs[0], "timeseries.csv", a.metric)
    ax.set_xlabel("tick")
    ax.set_ylabel(a.metric + (f" ({unit})" if unit else ""))
    n = int(series(runs[0], a.metric)["n"].iloc[0])
    ax.set_title(f"{a.metric}: mean over {n} replications, 95 % interval")
    ax.legend()
    fig.tight_layout()
    out = a.out or os.path.join(a.folder, "python-chart.png")
    fig.savefig(out, dpi=100)
    summary = pd.read_csv(os.path.join(runs[0], "summary.csv"))
    print(f"{out}: {len(runs)} scenario(s), {len(summary)} replications, seeds {list(summary['seed'])}")


if __name__ == "__main__":
    main()
