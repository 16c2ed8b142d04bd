# Golden fixture for the declared main specification (packages/core/src/partnership/main-spec.ts):
#   Rscript packages/core/scripts/reference/main-spec-reference.R   (from the repository root)
# Reads the exported CSV of africa-conflict-month (identical to
#   `peacepanel export --dataset africa-conflict-month --format csv`, committed as
#   packages/data/datasets/africa-conflict-month.csv) and writes
#   packages/core/test/fixtures/main-spec-reference.json. Needs R with MASS and sandwich
#   (Debian: r-base-core r-cran-mass r-cran-sandwich). Paths are relative to this script.
#
# The model: glm.nb(battle_deaths ~ un_troops_k_lag1 * nonun_troops_k_lag1 + un_police_k_lag1 +
#   un_observers_k_lag1 + log1p(battle_deaths_lag1) + conflict_duration, subset = year >= 1993 & year <= 2018)
# with standard errors clustered by conflict_id, Stata's convention (nbreg, vce(cluster)): CR1 sandwich over
# (beta, ln alpha) with the observed-information bread and G/(G-1), computed here by hand (sandwich's
# vcovCL holds theta fixed and uses the expected-information bread, so it is recorded beside it only).
# glm.nb is run with tight control; the true optimum is also found with nlminb() on the exact NB2
# log-likelihood over (beta, ln theta) with analytic gradient and Hessian, and both are recorded with their
# log-likelihood and largest score component, so a test can show where glm.nb stops short.
suppressMessages({ library(MASS); library(sandwich) })

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
here <- dirname(normalizePath(script))
source(file.path(here, "nb-helpers.R"))
csv <- file.path(here, "..", "..", "..", "data", "datasets", "africa-conflict-month.csv")
out_file <- file.path(here, "..", "..", "test", "fixtures", "main-spec-reference.json")

d <- read.csv(csv, stringsAsFactors = FALSE)
formula <- battle_deaths ~ un_troops_k_lag1 * nonun_troops_k_lag1 + un_police_k_lag1 + un_observers_k_lag1 +
  log1p(battle_deaths_lag1) + conflict_duration
inside <- d$year >= 1993 & d$year <= 2018
tight <- glm.control(epsilon = 1e-13, maxit = 500)

warn <- character()
m <- withCallingHandlers(
  glm.nb(formula, data = d, subset = year >= 1993 & year <= 2018, control = tight),
  warning = function(w) { warn <<- c(warn, conditionMessage(w)); invokeRestart("muffleWarning") })
mf <- model.frame(m)
rows <- as.integer(rownames(mf))
X <- model.matrix(m); y <- m$y; off <- rep(0, length(y)); k <- ncol(X)
cl <- d$conflict_id[rows]

# The true optimum: Newton-type search from glm.nb's estimate on the exact likelihood.
f <- function(par) -nb_parts(X, y, off, par[1:k], par[k + 1])$ll
g <- function(par) -nb_grad(X, nb_parts(X, y, off, par[1:k], par[k + 1]))
h <- function(par) nb_info(X, nb_parts(X, y, off, par[1:k], par[k + 1]))
opt <- nlminb(c(coef(m), log(m$theta)), f, g, h,
              control = list(eval.max = 1000, iter.max = 1000, rel.tol = 1e-15, x.tol = 1e-12))
beta <- opt$par[1:k]; theta <- unname(exp(opt$par[k + 1]))
at_opt <- nb_parts(X, y, off, beta, log(theta))
at_glmnb <- nb_parts(X, y, off, coef(m), log(m$theta))
st <- stata_vcov(X, y, off, beta, theta, cl)

out <- list(
  generated_by = "packages/core/scripts/reference/main-spec-reference.R",
  R_version = R.version.string,
  MASS_version = as.character(packageVersion("MASS")),
  sandwich_version = as.character(packageVersion("sandwich")),
  data = "packages/data/datasets/africa-conflict-month.csv (= peacepanel export --dataset africa-conflict-month --format csv)",
  data_rows = nrow(d),
  formula = deparse1(formula),
  subset = "year >= 1993 & year <= 2018",
  cluster = "conflict_id",
  n = length(y),
  outside_subset = sum(!inside),
  terms = arr(colnames(X)),
  tolerances = list(coefficients_abs = 1e-6, se_abs = 1e-6),
  glmnb = list(control = "glm.control(epsilon = 1e-13, maxit = 500)", warnings = if (length(warn)) arr(unique(warn)) else list(),
               converged = m$converged, coefficients = arr(coef(m)), theta = m$theta,
               logLik = at_glmnb$ll, gradient_max_abs = max(abs(nb_grad(X, at_glmnb))),
               se_vcovCL = arr(sqrt(diag(vcovCL(m, cluster = cl))))),
  optimum = list(method = "nlminb, analytic gradient and Hessian over (beta, ln theta)", message = opt$message,
                 coefficients = arr(beta), theta = theta, logLik = at_opt$ll,
                 gradient_max_abs = max(abs(nb_grad(X, at_opt)))),
  stata_cl_se = st$stata_cl_se,
  stata_cl_se_lnalpha = st$stata_cl_se_lnalpha,
  clusters = st$clusters,
  oim_se = st$oim_se,
  oim_check_max_rel_diff = st$oim_check_max_rel_diff
)
writeLines(js(out), out_file)
cat("wrote", out_file, "\n")
