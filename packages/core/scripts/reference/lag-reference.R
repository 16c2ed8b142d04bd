# Golden fixture for time-aware lag() and for fixed effects with lag(): run by hand, output committed.
#   Rscript packages/core/scripts/reference/lag-reference.R   (from the repository root)
# Writes packages/core/test/fixtures/lag-reference.json. Needs R with MASS only; JSON written by nb-helpers.R.
#
# Data: the bundled country-month panel packages/data/datasets/africa-cm.csv.
# Gapped panel: rows with (gwno + 12 * year + month) %% 7 == 3 are deleted, so most countries miss
# some months. Lags are computed by MERGING on (country, month index - k), month index = 12 * year +
# month - 1, so a lag whose month is absent is NA (never the previous row that exists).
# Cases (glm.nb, glm.control(epsilon = 1e-13, maxit = 500)):
#   gapped: battle_deaths ~ lag(un_troops, 1) + log1p(lag(battle_deaths, 2)) on the gapped panel
#   fe:     battle_deaths ~ lag(un_troops, 1) + log1p(lag(battle_deaths, 1)) + factor(country) + factor(year)
#           on the full panel, after dropping countries whose outcome is 0 in every usable row
#           (what `| country + year` does); the dummy-variable fit of the fixed-effects model.
suppressMessages(library(MASS))

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
root <- normalizePath(file.path(dirname(script), "..", ".."))
repo <- normalizePath(file.path(root, "..", ".."))
source(file.path(dirname(normalizePath(script)), "nb-helpers.R")) # js(), arr(), scalar(): the shared JSON writer
tight <- glm.control(epsilon = 1e-13, maxit = 500)


cm <- read.csv(file.path(repo, "packages", "data", "datasets", "africa-cm.csv"), stringsAsFactors = FALSE)
cm$mi <- 12 * cm$year + cm$month - 1

# lag by merge on (country, mi - k): NA when that month is absent
lag_merge <- function(d, col, k) {
  src <- data.frame(country = d$country, mi = d$mi + k, v = d[[col]])
  m <- merge(d[, c("country", "mi")], src, by = c("country", "mi"), all.x = TRUE, sort = FALSE)
  key <- paste(d$country, d$mi)
  m$v[match(key, paste(m$country, m$mi))]
}

fit_case <- function(d, formula) {
  m <- glm.nb(formula, data = d, control = tight)
  s <- summary(m)$coefficients
  list(n = nobs(m), terms = arr(rownames(s)), coefficients = arr(s[, 1]), se = arr(s[, 2]),
       theta = m$theta, logLik = as.numeric(logLik(m)))
}

# ---- gapped panel ---------------------------------------------------------------------------------
g <- cm[(cm$gwno + 12 * cm$year + cm$month) %% 7 != 3, ]
g$l_un1 <- lag_merge(g, "un_troops", 1)
g$l_bd2 <- lag_merge(g, "battle_deaths", 2)
# positional lags (previous existing row within country), to show the difference
o <- g[order(g$country, g$mi), ]
pos1 <- ave(o$un_troops, o$country, FUN = function(v) c(NA, head(v, -1)))
gapped_fit <- fit_case(g, battle_deaths ~ l_un1 + log1p(l_bd2))
ok <- !is.na(g$l_un1) & !is.na(g$l_bd2)
sample_rows <- which(g$country %in% c("Mali", "Sudan") & g$year == 2013)
gapped <- c(list(
  rows_in_panel = nrow(g),
  rows_used = sum(ok),
  rows_missing_lag_un1 = sum(is.na(g$l_un1)),
  rows_missing_lag_bd2_only = sum(!is.na(g$l_un1) & is.na(g$l_bd2)),
  positional_lag_differs = sum(xor(is.na(pos1), is.na(o$l_un1)) |
                               (!is.na(pos1) & !is.na(o$l_un1) & pos1 != o$l_un1)),
  sample = list(country = arr(g$country[sample_rows]), ym = arr(g$ym[sample_rows]),
                lag_un1 = arr(g$l_un1[sample_rows]), lag_bd2 = arr(g$l_bd2[sample_rows]))
), gapped_fit)

# ---- fixed effects by dummy variables ---------------------------------------------------------------
f <- cm
f$l_un1 <- lag_merge(f, "un_troops", 1)
f$l_bd1 <- lag_merge(f, "battle_deaths", 1)
f <- f[!is.na(f$l_un1) & !is.na(f$l_bd1), ]
repeat {
  z1 <- tapply(f$battle_deaths, f$country, sum); z2 <- tapply(f$battle_deaths, f$year, sum)
  drop <- names(z1)[z1 == 0]; dropy <- names(z2)[z2 == 0]
  if (!length(drop) && !length(dropy)) break
  f <- f[!(f$country %in% drop) & !(as.character(f$year) %in% dropy), ]
}
fe_fit <- fit_case(f, battle_deaths ~ l_un1 + log1p(l_bd1) + factor(country) + factor(year))
fe <- c(list(countries = length(unique(f$country)), years = length(unique(f$year))), fe_fit)
fe$terms <- arr(fe$terms[2:3]); fe$se <- arr(fe$se[2:3]); fe$coefficients <- arr(fe$coefficients[2:3])

out <- list(
  R_version = R.version.string,
  MASS_version = as.character(packageVersion("MASS")),
  gap_rule = "(gwno + 12 * year + month) %% 7 == 3 deleted",
  gapped = gapped,
  fe = fe
)
writeLines(js(out), file.path(root, "test", "fixtures", "lag-reference.json"))
cat("wrote lag-reference.json\n")
