# Stata .dta fixtures for the file readers (src/io/stata-dta.ts): run by hand, output committed.
#   Rscript packages/core/scripts/reference/data-files-reference.R   (from the repository root)
# Writes packages/core/test/fixtures/files/: quine-117.dta, quine-118.dta, quine-119.dta (MASS quine,
# from test/fixtures/quine.csv, written by haven::write_dta versions 13, 14 and 15 = formats 117, 118,
# 119) and types-118.dta (doubles, integers, Stata missing values . and .a, empty and long strings; a
# string over 2045 bytes is stored as a strL), plus types.json with the values R holds for it.
# Needs R with haven (Debian: r-cran-haven). Parquet fixtures are made by parquet-fixtures.mjs (R's
# arrow package is not in Debian).
suppressMessages(library(haven))
args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
root <- normalizePath(file.path(dirname(script), "..", ".."))
out <- function(name) file.path(root, "test", "fixtures", "files", name)
dir.create(file.path(root, "test", "fixtures", "files"), showWarnings = FALSE)

quine <- read.csv(file.path(root, "test", "fixtures", "quine.csv"))
for (v in 13:15) write_dta(quine, out(sprintf("quine-%d.dta", c(`13` = 117, `14` = 118, `15` = 119)[[as.character(v)]])), version = v)

long <- paste(rep("peacekeeping ", 200), collapse = "")  # 2,600 bytes: a strL
types <- data.frame(
  dbl = c(1.5, -2.25, NA, 1e300, 0),
  whole = c(1L, NA, -7L, 2147483620L, 0L),
  tagged = c(1, 2, 3, 4, 5),
  txt = c("a", "", NA, "Côte d'Ivoire", "z"),
  lng = c(long, "short", paste0(long, "2"), "", "tail"),
  stringsAsFactors = FALSE
)
types$tagged[2] <- tagged_na("a")
write_dta(types, out("types-118.dta"), version = 14)
back <- read_dta(out("types-118.dta"))
source(file.path(dirname(normalizePath(script)), "nb-helpers.R")) # js(), arr(), scalar(): the shared JSON writer
blank_na <- function(x) ifelse(is.na(x) | x == "", NA, x)
writeLines(js(list(
  generated_by = "packages/core/scripts/reference/data-files-reference.R", R_version = R.version.string,
  haven_version = as.character(packageVersion("haven")), n = nrow(back),
  dbl = arr(back$dbl), whole = arr(back$whole), tagged = arr(as.numeric(back$tagged)),
  txt = arr(as.character(blank_na(back$txt))), lng_nchar = arr(ifelse(is.na(back$lng) | back$lng == "", NA, nchar(back$lng, "bytes")))
)), out("types.json"))
