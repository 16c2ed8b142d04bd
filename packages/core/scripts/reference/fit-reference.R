# Golden fixtures for the core estimators (fitModel): run by hand, output committed.
#   Rscript packages/core/scripts/reference/fit-reference.R   (from the repository root)
# Writes packages/core/test/fixtures/fit-reference.json. Needs R with MASS and sandwich
# (Debian: r-base-core r-cran-mass r-cran-sandwich). No other packages: JSON is written by hand.
#
# Conventions recorded per model:
#   model    glm.nb summary() SEs: inverse expected information, theta fixed
#   oim      inverse observed information over (beta, ln alpha) (Stata nbreg), computed here
#            analytically and checked against optimHess() of the analytic gradient
#            (oim_check_max_rel_diff = max |numeric - analytic| / max |analytic|)
#   stata_cl CR1 sandwich over (beta, ln alpha), OIM bread, G/(G-1) (Stata nbreg vce(cluster))
#   vcovCL   sandwich::vcovCL defaults (theta fixed, type HC0, G/(G-1))
#   HC0/HC1  sandwich::vcovHC (theta fixed)
# All glm.nb fits use glm.control(epsilon = 1e-13, maxit = 500) so that R's optimum is precise
# (the default epsilon 1e-8 stops up to ~3e-6 short in a coefficient). SE.theta is recomputed at the
# final theta (theta.ml evaluates it one Newton step early).
# Where glm.nb fails (pko dyad-month data with untransformed lagged deaths), the default-control
# glm.nb outcome (warnings / error, its logLik) is recorded AND the true optimum is found with
# nlminb() on the exact NB2 log-likelihood over (beta, ln theta) with analytic gradient and Hessian.
suppressMessages({ library(MASS); library(sandwich) })

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
root <- normalizePath(file.path(dirname(script), "..", ".."))
fx <- function(name) file.path(root, "test", "fixtures", name)
tight <- glm.control(epsilon = 1e-13, maxit = 500)

source(file.path(dirname(normalizePath(script)), "nb-helpers.R"))

exact_se_theta <- function(y, mu, th) {
  i <- sum(-trigamma(th + y) + trigamma(th) - 1 / th + 2 / (mu + th) - (y + th) / (mu + th)^2)
  1 / sqrt(i)
}

nb_case <- function(formula, data, cluster = NULL, extra = list()) {
  m <- glm.nb(formula, data = data, control = tight)
  X <- model.matrix(m); y <- m$y; off <- model.offset(model.frame(m)); if (is.null(off)) off <- rep(0, length(y))
  cl <- if (!is.null(cluster)) data[rownames(model.frame(m)), cluster] else NULL
  st <- stata_vcov(X, y, off, coef(m), m$theta, cl)
  out <- list(formula = deparse1(formula), family = "negbin", n = length(y),
    terms = arr(names(coef(m))), coefficients = arr(coef(m)),
    se_model = arr(sqrt(diag(vcov(m)))), vcov_model = vcov(m),
    theta = m$theta, se_theta = exact_se_theta(y, fitted(m), m$theta), se_theta_glmnb = m$SE.theta,
    logLik = as.numeric(logLik(m)), df = attr(logLik(m), "df"), aic = AIC(m), bic = BIC(m),
    deviance = m$deviance, null_deviance = m$null.deviance, converged = m$converged,
    se_HC0 = arr(sqrt(diag(vcovHC(m, type = "HC0")))), se_HC1 = arr(sqrt(diag(vcovHC(m, type = "HC1")))))
  out <- c(out, st)
  if (!is.null(cluster)) {
    out$cluster <- cluster
    out$se_vcovCL <- arr(sqrt(diag(vcovCL(m, cluster = cl))))
  }
  c(out, extra)
}

pois_case <- function(formula, data, cluster = NULL) {
  m <- glm(formula, data = data, family = poisson, control = tight)
  out <- list(formula = deparse1(formula), family = "poisson", n = length(m$y),
    terms = arr(names(coef(m))), coefficients = arr(coef(m)), se_model = arr(sqrt(diag(vcov(m)))),
    logLik = as.numeric(logLik(m)), df = attr(logLik(m), "df"), aic = AIC(m), bic = BIC(m),
    deviance = m$deviance, null_deviance = m$null.deviance,
    se_HC0 = arr(sqrt(diag(vcovHC(m, type = "HC0")))), se_HC1 = arr(sqrt(diag(vcovHC(m, type = "HC1")))))
  if (!is.null(cluster)) {
    cl <- data[rownames(model.frame(m)), cluster]
    out$cluster <- cluster
    out$se_vcovCL <- arr(sqrt(diag(vcovCL(m, cluster = cl))))
    S <- estfun(m); Sg <- rowsum(S, as.character(cl)); G <- nrow(Sg)
    out$stata_cl_se <- arr(sqrt(diag(vcov(m) %*% crossprod(Sg) %*% vcov(m) * G / (G - 1))))
  }
  out
}

# glm.nb with default control: record what R does (warnings, error, logLik), then the true optimum.
hard_case <- function(formula, data) {
  warn <- character(); err <- NULL
  t0 <- proc.time()[["elapsed"]]
  m <- withCallingHandlers(
    tryCatch(glm.nb(formula, data = data), error = function(e) { err <<- conditionMessage(e); NULL }),
    warning = function(w) { warn <<- c(warn, conditionMessage(w)); invokeRestart("muffleWarning") })
  secs <- proc.time()[["elapsed"]] - t0
  mf <- model.frame(formula, data = data)
  X <- model.matrix(formula, mf); y <- model.response(mf); off <- rep(0, length(y)); k <- ncol(X)
  start <- if (!is.null(m)) c(coef(m), log(m$theta)) else {
    pm <- glm(formula, data = data, family = poisson)
    c(coef(pm), log(theta.ml(y, fitted(pm))))
  }
  f <- function(par) -nb_parts(X, y, off, par[1:k], par[k + 1])$ll
  g <- function(par) -nb_grad(X, nb_parts(X, y, off, par[1:k], par[k + 1]))
  h <- function(par) nb_info(X, nb_parts(X, y, off, par[1:k], par[k + 1]))
  opt <- nlminb(start, f, g, h, control = list(eval.max = 1000, iter.max = 1000, rel.tol = 1e-15, x.tol = 1e-12))
  p <- nb_parts(X, y, off, opt$par[1:k], opt$par[k + 1])
  grad <- nb_grad(X, p)
  B <- solve(nb_info(X, p))
  list(formula = deparse1(formula), n = length(y), terms = arr(colnames(X)),
    glmnb = list(warnings = arr(unique(warn)), error = err, seconds = secs,
                 logLik = if (!is.null(m)) as.numeric(logLik(m)) else NULL,
                 theta = if (!is.null(m)) m$theta else NULL,
                 coefficients = if (!is.null(m)) arr(coef(m)) else NULL),
    optimum = list(method = "nlminb, analytic gradient and Hessian over (beta, ln theta)",
                   message = opt$message, coefficients = arr(opt$par[1:k]), theta = unname(exp(opt$par[k + 1])),
                   logLik = p$ll, gradient_max_abs = max(abs(grad)), oim_se = arr(sqrt(diag(B))[1:k])))
}

# ---- data ------------------------------------------------------------------------------------------
quine <- read.csv(fx("quine.csv"), stringsAsFactors = TRUE)
ships <- read.csv(fx("ships.csv"))
ships <- ships[ships$service > 0, ]
ships$yr_con <- (ships$year - 60) / 5 + 1
ships$op_75_79 <- as.numeric(ships$period == 75)
pko <- read.csv(file.path(root, "..", "data", "raw", "pko_dyadmonth_africa", "pko_dyadmonth_africa.csv"))

cases <- list(
  quine_main = nb_case(Days ~ Eth + Sex + Age + Lrn, quine),
  quine_nested = nb_case(Days ~ Sex/(Age + Eth*Lrn), quine),
  quine_interaction = nb_case(Days ~ Eth*Lrn + Sex + Age, quine),
  quine_no_intercept = nb_case(Days ~ Eth + Sex - 1, quine),
  quine_poisson = pois_case(Days ~ Eth + Sex + Age + Lrn, quine),
  ships_model = nb_case(incidents ~ yr_con + op_75_79, ships, cluster = "type"),
  ships_exposure = nb_case(incidents ~ yr_con + op_75_79 + offset(log(service)), ships, cluster = "type"),
  ships_transforms = nb_case(incidents ~ log(service) + I(year/10) + factor(period), ships, cluster = "type"),
  ships_poisson = pois_case(incidents ~ yr_con + op_75_79 + offset(log(service)), ships, cluster = "type"),
  pko_logged = nb_case(brf_grc ~ troop_lag1000 * regional_pko + police_lag1000 + log1p(brf_grc_lag) + ceasefire + pop_ln,
                       pko, cluster = "conflict_ID")
)
hard <- list(
  pko_alternation = hard_case(brf_grc ~ troop_lag1000 + police_lag1000 + brf_grc_lag + ceasefire + pop_ln + regional_pko, pko),
  pko_interaction = hard_case(brf_grc ~ troop_lag1000 * regional_pko + police_lag1000 + brf_grc_lag + ceasefire + pop_ln +
                                rebel_strength + n_rebel_groups + biased_intervention, pko),
  pko_nan = hard_case(brf_grc ~ troop_lag1000 + police_lag1000 + brf_grc_lag + ceasefire + pop_ln + rebel_strength +
                        n_rebel_groups + biased_intervention + regional_pko, pko)
)

out <- list(
  generated_by = "packages/core/scripts/reference/fit-reference.R",
  R_version = R.version.string,
  MASS_version = as.character(packageVersion("MASS")),
  sandwich_version = as.character(packageVersion("sandwich")),
  control = "glm.nb(..., control = glm.control(epsilon = 1e-13, maxit = 500)); glm likewise",
  tolerances = list(coefficients_rel = 1e-6, se_rel = 1e-5, theta_rel = 1e-5),
  cases = cases,
  hard = hard
)
writeLines(js(out), fx("fit-reference.json"))
cat("wrote", fx("fit-reference.json"), "\n")
