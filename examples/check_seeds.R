#!/usr/bin/env Rscript
# Checks that R reads a results folder's seeds exactly: summary.csv with read.csv and manifest.json with jsonlite
# must give the seeds radsim derived (every seed is below 2^53, so a double holds it exactly).
#
#   Rscript examples/check_seeds.R RESULTS_FOLDER
# Prints one line per replication and "seeds exact" at the end; exits with status 1 when a seed differs.
suppressMessages(library(jsonlite))
folder <- commandArgs(trailingOnly = TRUE)[1]
summary <- read.csv(file.path(folder, "summary.csv"))
manifest <- fromJSON(file.path(folder, "manifest.json"))
csv <- summary$seed
json <- manifest$replications$seed
# the seeds as written, digit for digit: the text of the CSV field (radsim writes the same seeds into the manifest)
text <- read.csv(file.path(folder, "summary.csv"), colClasses = "character")$seed
ok <- length(csv) == length(json)
for (i in seq_along(csv)) {
  # format(…, scientific = FALSE) prints the double as the whole number it holds
  a <- format(csv[i], scientific = FALSE, digits = 22)
  b <- format(json[i], scientific = FALSE, digits = 22)
  cat(sprintf("replication %d: written %s, read.csv %s, jsonlite %s\n", summary$replication[i], text[i], a, b))
  if (a != text[i] || b != text[i]) ok <- FALSE
}
if (!is.numeric(summary$final_member)) { cat("summary.csv: final_member is not numeric\n"); ok <- FALSE }
cat(if (ok) "seeds exact\n" else "SEEDS DIFFER\n")
quit(status = if (ok) 0 else 1)
