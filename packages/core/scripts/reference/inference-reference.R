# Golden numbers for packages/core/src/inference (predictions, marginal effects, contrasts,
# partnership curves, LR and Wald tests). Run by hand from the repository root:
#   Rscript packages/core/scripts/reference/inference-reference.R
# Writes packages/core/test/fixtures/inference-{quine,ships,pko}.json. CI has no R: tests read the JSON.
# Paths resolve relative to this script, so it runs from any working directory.
# Needs R >= 4.2 with MASS and sandwich (Debian: r-base-core r-cran-mass r-cran-sandwich).
# marginaleffects is not installed here, so every delta-method standard error is computed by hand
# from vcov() (glm.nb's model-based covariance, theta held fixed) and checked against
# predict(se.fit = TRUE) where R offers it.
suppressPackageStartupMessages({ library(MASS) })

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
core <- normalizePath(file.path(dirname(script), "..", ".."))
out_dir <- file.path(core, "test", "fixtures")
ref_dir <- out_dir # quine.csv and ships.csv are committed copies of shared/reference
pko_csv <- file.path(core, "..", "data", "raw", "pko_dyadmonth_africa", "pko_dyadmonth_africa.csv")
source(file.path(dirname(normalizePath(script)), "nb-helpers.R")) # js(), arr(), scalar(): the shared JSON writer

# Data columns are written with 15 significant digits: they round-trip the CSV values exactly.
columns_of <- function(df) lapply(df, function(col) if (is.factor(col) || is.character(col)) as.character(col) else structure(as.numeric(col), digits = 15))
versions <- list(
  R = scalar(R.version.string), MASS = scalar(as.character(packageVersion("MASS"))),
  sandwich = scalar(as.character(packageVersion("sandwich"))),
  generated = scalar(format(Sys.time(), "%Y-%m-%dT%H:%M:%SZ", tz = "UTC")),
  script = scalar("packages/core/scripts/reference/inference-reference.R")
)
z975 <- qnorm(0.975)

# Link-scale predictions with delta-method SEs for model matrix X (offset included in eta).
predict_by_hand <- function(m, X, offset = 0) {
  b <- coef(m); V <- vcov(m)
  eta <- drop(X %*% b) + offset
  se <- sqrt(rowSums((X %*% V) * X))
  list(eta = eta, se = se, mu = exp(eta), seResponse = exp(eta) * se,
       lower = exp(eta - z975 * se), upper = exp(eta + z975 * se))
}
model_block <- function(m) list(
  terms = names(coef(m)), coefficients = unname(coef(m)), vcov = unname(vcov(m)),
  theta = scalar(m$theta), logLik = scalar(as.numeric(logLik(m))), df = scalar(attr(logLik(m), "df")),
  n = scalar(nobs(m)), aic = scalar(AIC(m)), bic = scalar(BIC(m))
)
# Wald test of R b = r: chi2, df, p; with the combination's estimate and SE when one row.
wald <- function(m, R, r = rep(0, nrow(R))) {
  b <- coef(m); V <- vcov(m); d <- R %*% b - r
  W <- drop(t(d) %*% solve(R %*% V %*% t(R)) %*% d)
  list(estimate = scalar(drop(d)[1]), stdError = scalar(sqrt(drop(R[1, , drop = FALSE] %*% V %*% t(R[1, , drop = FALSE])))),
       chi2 = scalar(W), df = scalar(nrow(R)), p = scalar(pchisq(W, nrow(R), lower.tail = FALSE)))
}
lr <- function(m0, m1) {
  s <- 2 * (as.numeric(logLik(m1)) - as.numeric(logLik(m0)))
  d <- attr(logLik(m1), "df") - attr(logLik(m0), "df")
  list(statistic = scalar(s), df = scalar(d), p = scalar(pchisq(s, d, lower.tail = FALSE)))
}

# ======================= quine: factors, predictions, contrasts, tests =======================
quine <- read.csv(file.path(ref_dir, "quine.csv"), stringsAsFactors = TRUE)
mq <- glm.nb(Days ~ Eth + Sex + Age + Lrn, data = quine)
grid <- expand.grid(Eth = levels(quine$Eth), Sex = levels(quine$Sex), Age = levels(quine$Age),
                    Lrn = levels(quine$Lrn), stringsAsFactors = FALSE)
# Age F3 with Lrn SL does not occur in quine but is a legal prediction point.
Xg <- model.matrix(~ Eth + Sex + Age + Lrn, data = grid, xlev = lapply(quine[, 1:4], levels))
pq <- predict_by_hand(mq, Xg)
pr <- predict(mq, newdata = grid, type = "link", se.fit = TRUE)
stopifnot(max(abs(pr$fit - pq$eta)) < 1e-12, max(abs(pr$se.fit - pq$se)) < 1e-12)
# Scenario contrast: (Eth N, Sex M, Age F2, Lrn SL) versus (Eth A, Sex F, Age F0, Lrn AL).
a <- Xg[which(grid$Eth == "N" & grid$Sex == "M" & grid$Age == "F2" & grid$Lrn == "SL"), ]
bq <- Xg[which(grid$Eth == "A" & grid$Sex == "F" & grid$Age == "F0" & grid$Lrn == "AL"), ]
Vq <- vcov(mq); cq <- coef(mq)
mua <- exp(sum(a * cq)); mub <- exp(sum(bq * cq))
g_diff <- mua * a - mub * bq
contrast_q <- list(
  scenarioA = list(Eth = scalar("N"), Sex = scalar("M"), Age = scalar("F2"), Lrn = scalar("SL")),
  scenarioB = list(Eth = scalar("A"), Sex = scalar("F"), Age = scalar("F0"), Lrn = scalar("AL")),
  difference = scalar(mua - mub), differenceSe = scalar(sqrt(drop(t(g_diff) %*% Vq %*% g_diff))),
  ratio = scalar(mua / mub), logRatioSe = scalar(sqrt(drop(t(a - bq) %*% Vq %*% (a - bq)))),
  ratioLower = scalar(exp(log(mua / mub) - z975 * sqrt(drop(t(a - bq) %*% Vq %*% (a - bq))))),
  ratioUpper = scalar(exp(log(mua / mub) + z975 * sqrt(drop(t(a - bq) %*% Vq %*% (a - bq)))))
)
# Average contrasts of a factor over the sample (marginaleffects::avg_comparisons / avg_slopes for a factor):
# every row set to level L versus the reference level, mean predicted counts differenced, delta-method SE.
avg_contrast <- function(m, data, var, level) {
  ref <- levels(data[[var]])[1]
  X_at <- function(l) { d <- data; d[[var]] <- factor(l, levels = levels(data[[var]])); model.matrix(~ Eth + Sex + Age + Lrn, d) }
  XL <- X_at(level); XR <- X_at(ref)
  muL <- exp(drop(XL %*% coef(m))); muR <- exp(drop(XR %*% coef(m)))
  g <- colMeans(muL * XL) - colMeans(muR * XR)
  list(variable = scalar(var), level = scalar(level), reference = scalar(ref),
       estimate = scalar(mean(muL) - mean(muR)), stdError = scalar(sqrt(drop(t(g) %*% vcov(m) %*% g))))
}
factor_contrasts <- list(avg_contrast(mq, quine, "Eth", "N"), avg_contrast(mq, quine, "Age", "F1"),
                         avg_contrast(mq, quine, "Age", "F2"), avg_contrast(mq, quine, "Age", "F3"))
mq1 <- glm.nb(Days ~ Eth * Lrn + Sex + Age, data = quine)
Rq <- matrix(0, 1, length(cq), dimnames = list(NULL, names(cq))); Rq[1, "EthN"] <- 1; Rq[1, "LrnSL"] <- 2
Rq2 <- matrix(0, 2, length(cq), dimnames = list(NULL, names(cq))); Rq2[1, "EthN"] <- 1; Rq2[2, "SexM"] <- 1
Rq3 <- matrix(0, 1, length(cq), dimnames = list(NULL, names(cq))); Rq3[1, "AgeF1"] <- 1; Rq3[1, "AgeF2"] <- -1
fix_quine <- list(
  source = scalar("MASS::quine via packages/core/test/fixtures/quine.csv (146 rows)"), versions = versions,
  tolerance = list(estimate = scalar(1e-6), stdError = scalar(1e-5), note = scalar("relative; our fit vs glm.nb, theta to 1e-5")),
  data = columns_of(quine), formula = scalar("Days ~ Eth + Sex + Age + Lrn"), model = model_block(mq),
  grid = columns_of(grid), predictions = pq, contrast = contrast_q, factorContrasts = factor_contrasts,
  lrTest = c(list(larger = scalar("Days ~ Eth * Lrn + Sex + Age")), lr(mq, mq1)),
  wald = list(
    list(hypothesis = scalar("EthN + LrnSL * 2 = 0"), result = wald(mq, Rq)),
    list(hypothesis = scalar("EthN = 0; SexM = 0"), result = wald(mq, Rq2)),
    list(hypothesis = scalar("AgeF1 - AgeF2 = 0.1"), result = wald(mq, Rq3, 0.1))
  )
)

# ======================= ships: exposure offset and a continuous x binary interaction ========
ships <- read.csv(file.path(ref_dir, "ships.csv"))
ships <- ships[ships$service > 0, ]
ships$yr_con <- (ships$year - 60) / 5 + 1
ships$op_75_79 <- as.numeric(ships$period == 75)
ms <- glm.nb(incidents ~ yr_con * op_75_79 + offset(log(service)), data = ships)
sg <- data.frame(yr_con = c(1, 2, 3, 4, 1, 4), op_75_79 = c(0, 0, 0, 0, 1, 1), service = c(1000, 1000, 500, 2000, 1000, 1000))
Xs <- cbind(1, sg$yr_con, sg$op_75_79, sg$yr_con * sg$op_75_79)
ps <- predict_by_hand(ms, Xs, log(sg$service))
prs <- predict(ms, newdata = sg, type = "link", se.fit = TRUE)
stopifnot(max(abs(prs$fit - ps$eta)) < 1e-12, max(abs(prs$se.fit - ps$se)) < 1e-12)
# Average slope of yr_con over the estimation sample: mean_i mu_i (b1 + b3 op_i).
bs <- coef(ms); Vs <- vcov(ms); Xm <- model.matrix(ms); mu <- fitted(ms)
k <- bs[2] + bs[4] * ships$op_75_79
ame <- mean(mu * k)
J <- colMeans(mu * k * Xm + mu * cbind(0, 1, 0, ships$op_75_79))
fix_ships <- list(
  source = scalar("MASS::ships via packages/core/test/fixtures/ships.csv, service > 0 (34 rows)"), versions = versions,
  data = columns_of(ships[, c("type", "year", "period", "service", "incidents", "yr_con", "op_75_79")]),
  formula = scalar("incidents ~ yr_con * op_75_79 + offset(log(service))"), model = model_block(ms),
  grid = columns_of(sg), predictions = ps,
  ameYrCon = list(estimate = scalar(ame), stdError = scalar(sqrt(drop(t(J) %*% Vs %*% J))))
)

# ======================= pko: the partnership interaction on real dyad-month data ==========
# Dyad-months (HKS-family replication file) in conflicts where UN troops were present at some point,
# complete on the model's columns. regional_pko is a 0/1 dummy for a non-UN (regional) PKO.
pko <- read.csv(pko_csv)
pko <- pko[complete.cases(pko[, c("brf_grc", "troop_lag1000", "regional_pko", "brf_grc_lag")]), ]
un_ever <- tapply(pko$troop_lag1000, pko$conflict_ID, max) > 0
pko <- pko[pko$conflict_ID %in% as.numeric(names(un_ever)[un_ever]), c("conflict_ID", "year", "month", "brf_grc", "troop_lag1000", "regional_pko", "brf_grc_lag")]
mp <- glm.nb(brf_grc ~ troop_lag1000 * regional_pko + log1p(brf_grc_lag), data = pko)
mp0 <- glm.nb(brf_grc ~ troop_lag1000 + regional_pko + log1p(brf_grc_lag), data = pko)
bp <- coef(mp); Vp <- vcov(mp)
lag_mean <- mean(pko$brf_grc_lag)  # other covariates at their (raw) sample means, as datagrid() does
un_grid <- c(0, 1, 2.5, 5, 10, 20)
curves <- lapply(c(0, 1), function(r) {
  X <- cbind(1, un_grid, r, log1p(lag_mean), un_grid * r)
  p <- predict_by_hand(mp, X)
  slope <- bp[2] + bp[5] * r
  me <- p$mu * slope
  G <- p$mu * slope * X + p$mu * matrix(c(0, 1, 0, 0, r), length(un_grid), 5, byrow = TRUE)  # d(me)/d(beta) per point
  me_se <- sqrt(rowSums((G %*% Vp) * G))
  list(nonun = scalar(r), un = un_grid, eta = p$eta, se = p$se, mu = p$mu, lower = p$lower, upper = p$upper,
       marginal = unname(me), marginalSe = me_se, marginalLower = unname(me - z975 * me_se), marginalUpper = unname(me + z975 * me_se))
})
mu_p <- fitted(mp); Xp <- model.matrix(mp)
kp <- bp[2] + bp[5] * pko$regional_pko
J_un <- colMeans(mu_p * kp * Xp + mu_p * cbind(0, 1, 0, 0, pko$regional_pko))
kl <- bp[4] / (1 + pko$brf_grc_lag)
J_lag <- colMeans(mu_p * kl * Xp + mu_p * cbind(0, 0, 0, 1 / (1 + pko$brf_grc_lag), 0))
# UN troops (thousands) needed for a given reduction of predicted deaths. Baseline "no-un": no UN troops at
# the same non-UN level, so exp(s u) = 1 - reduction with s = b_un + b_int r; unreachable (NA) when s >= 0.
# Baseline "no-troops": no troops at all (un = 0, nonun = 0): b_nonun r + s u = log(1 - reduction); 0 when the
# non-UN deployment alone already achieves it.
need <- function(r, reduction = 0.5, baseline = "no-un") {
  s <- unname(bp[2] + bp[5] * r)
  target <- log(1 - reduction) - if (baseline == "no-troops") unname(bp[3]) * r else 0
  if (target >= 0) return(0)
  if (s >= 0) return(NA_real_)
  target / s
}
fix_pko <- list(
  source = scalar(paste("pko_dyadmonth_africa.csv (packages/data/raw/pko_dyadmonth_africa, HKS-family dyad-month",
                        "data, provenance inferred, see its PROVENANCE.md): dyad-months of conflicts with UN troops at some point,",
                        "complete on brf_grc, troop_lag1000, regional_pko, brf_grc_lag")),
  versions = versions,
  data = columns_of(pko), formula = scalar("brf_grc ~ troop_lag1000 * regional_pko + log1p(brf_grc_lag)"),
  model = model_block(mp), restricted = model_block(mp0),
  lrTest = lr(mp0, mp),
  wald = list(list(hypothesis = scalar("troop_lag1000 + troop_lag1000:regional_pko = 0"),
                   result = wald(mp, matrix(c(0, 1, 0, 0, 1), 1)))),
  atMeans = list(brf_grc_lag = scalar(lag_mean)),
  curves = curves,
  ame = list(
    troop_lag1000 = list(estimate = scalar(mean(mu_p * kp)), stdError = scalar(sqrt(drop(t(J_un) %*% Vp %*% J_un)))),
    brf_grc_lag = list(estimate = scalar(mean(mu_p * kl)), stdError = scalar(sqrt(drop(t(J_lag) %*% Vp %*% J_lag))))
  ),
  reduction = list(
    noUn = list(without50 = scalar(need(0)), with50 = scalar(need(1)), without25 = scalar(need(0, 0.25))),
    noTroops = list(without50 = scalar(need(0, 0.5, "no-troops")), with50 = scalar(need(1, 0.5, "no-troops")),
                    with75 = scalar(need(1, 0.75, "no-troops")))
  ),
  unSupport = list(min = scalar(min(pko$troop_lag1000)), max = scalar(max(pko$troop_lag1000)))
)

writeLines(js(arrays_unless_scalar(fix_quine)), file.path(out_dir, "inference-quine.json"))
writeLines(js(arrays_unless_scalar(fix_ships)), file.path(out_dir, "inference-ships.json"))
writeLines(js(arrays_unless_scalar(fix_pko)), file.path(out_dir, "inference-pko.json"))
cat("wrote inference-{quine,ships,pko}.json\n")
