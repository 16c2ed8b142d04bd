# Golden fixtures for frequency weights (fitModel with spec.weights): run by hand, output committed.
#   Rscript packages/core/scripts/reference/weights-reference.R   (from the repository root)
# Writes packages/core/test/fixtures/weights-reference.json. Needs R with MASS and sandwich
# (Debian: r-base-core r-cran-mass r-cran-sandwich). JSON is written by nb-helpers.R (no jsonlite).
#
# Weights: quine w = 1 + (row - 1) %% 3 (1, 2, 3, 1, ...); ships (service > 0) w = 1 + (row - 1) %% 4.
# Recorded per model: coefficients, glm.nb/glm summary() SEs (model), theta and SE.theta, logLik,
# deviance, null deviance, AIC (SE.theta recomputed at the final theta, see below); sandwich::vcovHC HC0 and HC1 and sandwich::vcovCL (defaults: HC0 type,
# G/(G-1)) on the weighted fit (sandwich's estfun for a weighted glm is w_i * score_i).
suppressMessages({ library(MASS); library(sandwich) })

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
root <- normalizePath(file.path(dirname(script), "..", ".."))
fx <- function(name) file.path(root, "test", "fixtures", name)
source(file.path(dirname(normalizePath(script)), "nb-helpers.R")) # js(), arr(), scalar(): the shared JSON writer
tight <- glm.control(epsilon = 1e-13, maxit = 500)

se <- function(V) arr(sqrt(diag(V)))

quine <- read.csv(fx("quine.csv"))
quine$w <- 1 + (seq_len(nrow(quine)) - 1) %% 3
ships <- read.csv(fx("ships.csv"))
ships <- ships[ships$service > 0, ]
ships$yr_con <- (ships$year - 60) / 5 + 1
ships$op_75_79 <- as.numeric(ships$period == 75)
ships$w <- 1 + (seq_len(nrow(ships)) - 1) %% 4

one <- function(formula, data, family, cluster) {
  environment(formula) <- environment()
  m <- if (family == "negbin") glm.nb(formula, data = data, weights = w, control = tight)
       else glm(formula, family = poisson, data = data, weights = w, control = tight)
  out <- list(
    formula = paste(deparse(formula), collapse = ""), family = family, cluster = cluster,
    terms = arr(names(coef(m))), coefficients = arr(coef(m)),
    se_model = se(vcov(m)),
    se_HC0 = se(vcovHC(m, type = "HC0")), se_HC1 = se(vcovHC(m, type = "HC1")),
    se_vcovCL = se(vcovCL(m, cluster = data[[cluster]])),
    logLik = as.numeric(logLik(m)), deviance = deviance(m), null_deviance = m$null.deviance,
    aic = AIC(m), nobs = nobs(m)
  )
  if (family == "negbin") {
    # SE.theta recomputed at the final theta (theta.ml evaluates it one Newton step early), as
    # fit-reference.R does; glm.nb's own value is kept as theta_se_glm_nb.
    th <- m$theta; mu <- fitted(m); y <- m$y; wt <- m$prior.weights
    info <- sum(wt * (-trigamma(th + y) + trigamma(th) - 1 / th + 2 / (mu + th) - (y + th) / (mu + th)^2))
    out$theta <- th; out$theta_se <- 1 / sqrt(info); out$theta_se_glm_nb <- m$SE.theta
  }
  out
}

cases <- list(
  quine_nb = one(Days ~ Eth + Sex + Age + Lrn, quine, "negbin", "Age"),
  quine_poisson = one(Days ~ Eth + Sex + Age + Lrn, quine, "poisson", "Age"),
  ships_nb = one(incidents ~ yr_con + op_75_79 + offset(log(service)), ships, "negbin", "type"),
  ships_poisson = one(incidents ~ yr_con + op_75_79 + offset(log(service)), ships, "poisson", "type")
)

out <- list(
  generated_by = "packages/core/scripts/reference/weights-reference.R",
  R_version = R.version.string,
  MASS_version = as.character(packageVersion("MASS")),
  sandwich_version = as.character(packageVersion("sandwich")),
  control = "glm.nb(..., weights = w, control = glm.control(epsilon = 1e-13, maxit = 500)); glm likewise",
  weights = "quine: 1 + (row - 1) %% 3; ships (service > 0): 1 + (row - 1) %% 4",
  tolerances = list(coefficients_rel = 1e-6, se_rel = 1e-5, theta_rel = 1e-5, loglik_abs = 1e-6),
  cases = cases
)
writeLines(js(out), fx("weights-reference.json"))
