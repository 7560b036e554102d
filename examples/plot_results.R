#!/usr/bin/env Rscript
# Redraw radsim's main chart from a results folder or a compare folder, with base R and jsonlite only.
#
#   Rscript examples/plot_results.R RESULTS_OR_COMPARE_FOLDER [metric] [out.png]
#
# A results folder (radsim run): the mean of the metric over replications per tick with its 95 % interval,
# read from timeseries-stats.csv. A compare folder (radsim compare): the same line for every scenario, the
# scenarios' folders named by compare.json. The unit comes from the folder's datapackage.json.
suppressMessages(library(jsonlite))

args <- commandArgs(trailingOnly = TRUE)
folder <- args[1]
metric <- if (length(args) >= 2) args[2] else "radicalized"
out <- if (length(args) >= 3) args[3] else file.path(folder, "r-chart.png")

compare <- file.exists(file.path(folder, "compare.json"))
runs <- if (compare) {
  layout <- fromJSON(file.path(folder, "compare.json"))
  file.path(folder, c(layout$baseline, layout$alternatives))
} else folder

series <- function(run) {
  s <- read.csv(file.path(run, "timeseries-stats.csv"))
  s <- s[s$metric == metric, ]
  s[order(s$tick), ]
}
unit <- local({
  dp <- fromJSON(file.path(runs[1], "datapackage.json"), simplifyVector = FALSE)
  u <- ""
  for (r in dp$resources) if (r$path == "timeseries.csv")
    for (f in r$schema$fields) if (f$name == metric && !is.null(f$unit)) u <- f$unit
  u
})

all <- lapply(runs, series)
png(out, width = 800, height = 450)
ylim <- range(unlist(lapply(all, function(s) c(s$ci_low, s$ci_high))), na.rm = TRUE)
plot(NA, xlim = range(all[[1]]$tick), ylim = ylim, xlab = "tick",
     ylab = if (nzchar(unit)) sprintf("%s (%s)", metric, unit) else metric,
     main = sprintf("%s: mean over %d replications, 95 %% interval", metric, all[[1]]$n[1]))
cols <- seq_along(runs)
names <- sapply(runs, function(r) fromJSON(file.path(r, "manifest.json"))$scenario_name)
for (i in seq_along(all)) {
  s <- all[[i]]
  polygon(c(s$tick, rev(s$tick)), c(s$ci_low, rev(s$ci_high)), col = adjustcolor(cols[i], 0.2), border = NA)
  lines(s$tick, s$mean, col = cols[i], lwd = 2)
}
legend("topleft", legend = names, col = cols, lwd = 2, bty = "n")
invisible(dev.off())
cat(sprintf("%s: %d scenario(s)\n", out, length(runs)))
