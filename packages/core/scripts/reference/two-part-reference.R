# Golden fixtures for the zero-inflated and hurdle models, the Vuong test, two-way clustering and
# rootogram frequencies: run by hand, output committed.
#   Rscript packages/core/scripts/reference/two-part-reference.R   (from the repository root)
# Writes packages/core/test/fixtures/two-part-reference.json. Needs R with pscl, MASS and sandwich
# (Debian: r-base-core r-cran-pscl r-cran-mass r-cran-sandwich). JSON is written by nb-helpers.R (no jsonlite).
#
# Per two-part case (pscl::zeroinfl / pscl::hurdle, logit zero part; hurdle with zero.dist = "binomial"):
#   coefficients (count, zero), SEs from pscl's vcov (optim's numerical Hessian, step 1e-3), theta and
#   SE.logtheta, logLik, df, AIC, BIC, sandwich::sandwich (HC0) SEs, sandwich::vcovCL SEs one-way and
#   two-way (cluster = data.frame(a, b), i.e. ~ a + b, fix = TRUE), predicted probabilities summed over observations
#   (rootogram expected frequencies, as countreg::rootogram; pko: counts 0-50 only), Pearson and response
#   residuals and fitted values (pko: the first 200 rows, and the sum of squared Pearson residuals).
# Optimiser control: reltol 1e-14 (pscl's default 1e-8 stops short) so that R's numbers are the optimum.
# Vuong tests: pscl::vuong(two-part model, plain glm.nb / glm poisson): its statistics recomputed with its
# own formula from P(Y_i = y_i) (Raw, AIC- and BIC-corrected, one-sided p-values) and, for quine, its
# printed table (on pko predprob would build an 18,374 x 5,000 matrix, so only the recomputation).
# Two-way clustering of glm.nb: sandwich::vcovCL(m, cluster = ~ a + b, fix = TRUE) (type HC0, cadjust).
suppressMessages({ library(MASS); library(sandwich); library(pscl) })

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
root <- normalizePath(file.path(dirname(script), "..", ".."))
fx <- function(name) file.path(root, "test", "fixtures", name)
source(file.path(dirname(normalizePath(script)), "nb-helpers.R")) # js(), arr(), scalar(): the shared JSON writer

se <- function(V) arr(sqrt(diag(V)))

# pscl::vuong (1.5.5) prints its table and returns NULL: recompute its statistics to full precision
# with its own steps (P(Y_i = y_i), k = length(coef(m)), AIC/BIC corrections), and keep the printed text.
vuong_numbers <- function(m1, m2, print_pscl = TRUE) {
  txt <- if (print_pscl) capture.output(vuong(m1, m2)) else character()
  y <- m1$y
  l1 <- log(prob_at_y(m1)); l2 <- log(prob_at_y(m2)); m <- l1 - l2
  bad <- !is.finite(l1) | !is.finite(l2) | !is.finite(m)   # pscl drops these cases (and says so)
  m <- m[!bad]
  neff <- length(m); k1 <- length(coef(m1)); k2 <- length(coef(m2))
  adj <- c(0, (k1 - k2) / neff, (k1 - k2) / (2 * neff) * log(neff))
  z <- vapply(adj, function(a) sum(m - a) / (sd(m - a) * sqrt(neff)), 1)
  list(printed = arr(txt), k1 = k1, k2 = k2, n = neff, dropped = sum(bad), z = arr(z),
       p = arr(ifelse(z > 0, pnorm(z, lower.tail = FALSE), pnorm(z))))
}
# P(Y_i = y_i) under a fitted model: what predprob(m)[i, y_i + 1] holds, without the n x max(y) matrix
# (pko's outcome reaches the thousands). Zero-inflated: pi + (1 - pi) f(0) at 0, (1 - pi) f(y) above.
prob_at_y <- function(m) {
  y <- m$y
  if (inherits(m, "zeroinfl")) {
    pz <- predict(m, type = "zero"); mu <- predict(m, type = "count")
    f <- if (m$dist == "negbin") dnbinom(y, mu = mu, size = m$theta) else dpois(y, mu)
    return(ifelse(y == 0, pz + (1 - pz) * f, (1 - pz) * f))
  }
  if (inherits(m, "negbin")) return(dnbinom(y, mu = fitted(m), size = m$theta))
  dpois(y, fitted(m))
}

two_part_case <- function(formula, data, model, clusters = NULL, kmax = NULL, keep = NULL) {
  dist <- if (model %in% c("zip", "hurdle-poisson")) "poisson" else "negbin"
  m <- if (startsWith(model, "hurdle")) {
    hurdle(formula, data = data, dist = dist, zero.dist = "binomial",
           control = hurdle.control(reltol = 1e-14, maxit = 10000))
  } else {
    zeroinfl(formula, data = data, dist = dist, control = zeroinfl.control(reltol = 1e-14, maxit = 10000))
  }
  if (is.null(kmax)) kmax <- max(m$y)
  pp <- predict(m, type = "prob", at = 0:kmax)
  head_of <- function(x) arr(if (is.null(keep)) x else x[seq_len(keep)])
  out <- list(formula = deparse1(formula), model = model, n = m$n, converged = m$converged,
    count_terms = arr(names(coef(m, model = "count"))), zero_terms = arr(names(coef(m, model = "zero"))),
    count = arr(coef(m, model = "count")), zero = arr(coef(m, model = "zero")),
    se = se(vcov(m)),
    theta = if (dist == "negbin") unname(m$theta) else NULL,
    se_logtheta = if (dist == "negbin") unname(m$SE.logtheta) else NULL,
    logLik = as.numeric(logLik(m)), df = attr(logLik(m), "df"), aic = AIC(m), bic = BIC(m),
    df_residual = m$df.residual,
    se_sandwich = se(sandwich(m)),
    expected_freq = arr(colSums(pp)), observed_freq = arr(tabulate(m$y + 1, nbins = ncol(pp))),
    fitted = head_of(fitted(m)), resid_pearson = head_of(residuals(m, type = "pearson")),
    resid_response = head_of(residuals(m, type = "response")),
    sum_sq_pearson = sum(residuals(m, type = "pearson")^2))
  if (!is.null(clusters)) {
    mf <- data[rownames(model.frame(m)), , drop = FALSE]
    out$clusters <- arr(clusters)
    out$se_vcovCL_1 <- se(vcovCL(m, cluster = mf[[clusters[1]]]))
    if (length(clusters) == 2)
      out$se_vcovCL_2 <- se(vcovCL(m, cluster = mf[, clusters], fix = TRUE))
  }
  list(model = m, out = out)
}

# The plain model for the Vuong test: same count terms, glm.nb or Poisson glm (tight control).
plain_model <- function(count_formula, data, dist) {
  if (dist == "negbin") glm.nb(count_formula, data = data, control = glm.control(epsilon = 1e-13, maxit = 500))
  else glm(count_formula, data = data, family = poisson, control = glm.control(epsilon = 1e-13, maxit = 500))
}

nb_two_way <- function(formula, data, clusters, kmax = NULL, keep = NULL) {
  m <- glm.nb(formula, data = data, control = glm.control(epsilon = 1e-13, maxit = 500))
  mf <- data[rownames(model.frame(m)), , drop = FALSE]
  mu <- fitted(m); th <- m$theta; y <- m$y
  if (is.null(kmax)) kmax <- max(y)
  head_of <- function(x) arr(if (is.null(keep)) x else x[seq_len(keep)])
  V2 <- vcovCL(m, cluster = mf[, clusters], fix = TRUE)
  V2nofix <- vcovCL(m, cluster = mf[, clusters], fix = FALSE)
  list(formula = deparse1(formula), n = length(y), clusters = arr(clusters),
    terms = arr(names(coef(m))), coefficients = arr(coef(m)), theta = th,
    se_vcovCL_2 = se(V2), vcovCL_2_nofix_diag = arr(diag(V2nofix)),
    groups = arr(vapply(clusters, function(c) length(unique(mf[[c]])), 1)),
    groups_intersection = length(unique(interaction(mf[[clusters[1]]], mf[[clusters[2]]], drop = TRUE))),
    nobs = nobs(m), df_residual = m$df.residual,
    expected_freq = arr(colSums(outer(mu, 0:kmax, function(mu, k) dnbinom(k, mu = mu, size = th)))),
    observed_freq = arr(tabulate(y + 1, nbins = kmax + 1)),
    fitted = head_of(fitted(m)),
    resid_response = head_of(residuals(m, type = "response")),
    resid_pearson = head_of(residuals(m, type = "pearson")),
    resid_deviance = head_of(residuals(m, type = "deviance")))
}

# ---- data ------------------------------------------------------------------------------------------
quine <- read.csv(fx("quine.csv"), stringsAsFactors = TRUE)
ships <- read.csv(fx("ships.csv"))
ships <- ships[ships$service > 0, ]
ships$yr_con <- (ships$year - 60) / 5 + 1
ships$op_75_79 <- as.numeric(ships$period == 75)
pko <- read.csv(file.path(root, "..", "data", "raw", "pko_dyadmonth_africa", "pko_dyadmonth_africa.csv"))

f_quine <- Days ~ Eth + Sex + Age + Lrn | Sex
c_quine <- Days ~ Eth + Sex + Age + Lrn
f_pko <- brf_grc ~ troop_lag1000 + police_lag1000 + log1p(brf_grc_lag) + ceasefire + pop_ln |
  log1p(brf_grc_lag) + ceasefire + pop_ln
c_pko <- brf_grc ~ troop_lag1000 + police_lag1000 + log1p(brf_grc_lag) + ceasefire + pop_ln

cases <- list(); vuongs <- list()
for (model in c("zip", "zinb", "hurdle-poisson", "hurdle-nb")) {
  dist <- if (model %in% c("zip", "hurdle-poisson")) "poisson" else "negbin"
  q <- two_part_case(f_quine, quine, model)
  p <- two_part_case(f_pko, pko, model, clusters = c("conflict_ID", "year"), kmax = 50, keep = 200)
  cases[[paste0("quine_", model)]] <- q$out
  cases[[paste0("pko_", model)]] <- p$out
  if (!startsWith(model, "hurdle")) {
    vuongs[[paste0("quine_", model)]] <- vuong_numbers(q$model, plain_model(c_quine, quine, dist))
    vuongs[[paste0("pko_", model)]] <- vuong_numbers(p$model, plain_model(c_pko, pko, dist), print_pscl = FALSE)
  }
}

out <- list(
  generated_by = "packages/core/scripts/reference/two-part-reference.R",
  R_version = R.version.string,
  pscl_version = as.character(packageVersion("pscl")),
  MASS_version = as.character(packageVersion("MASS")),
  sandwich_version = as.character(packageVersion("sandwich")),
  control = "zeroinfl.control / hurdle.control(reltol = 1e-14, maxit = 10000); glm.nb and glm: glm.control(epsilon = 1e-13, maxit = 500)",
  cases = cases,
  vuong = vuongs,
  two_way = list(
    pko = nb_two_way(c_pko, pko, c("conflict_ID", "year"), kmax = 50, keep = 200),
    ships = nb_two_way(incidents ~ yr_con + op_75_79 + offset(log(service)), ships, c("type", "period")),
    quine = nb_two_way(c_quine, quine, c("Eth", "Age"))
  )
)
writeLines(js(out), fx("two-part-reference.json"))
cat("wrote", fx("two-part-reference.json"), "\n")
