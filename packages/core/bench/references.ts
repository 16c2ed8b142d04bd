// Timers for the reference implementations the bench compares with, each run in its own process on
// the same CSV: R MASS::glm.nb, R glmmTMB (family nbinom2) and Python statsmodels NegativeBinomial
// (NB2). Each reads the CSV and fits once untimed (warm-up), then times `reps` fits and reports the
// median wall and CPU time per fit, the log-likelihood, the coefficients and what it says about
// convergence.
import { spawnSync } from 'node:child_process';

/** One reference fit: per-fit times, log-likelihood, coefficients and its own convergence report. */
export interface ReferenceTiming {
  name: string;
  seconds: number;
  cpuSeconds: number;
  logLik: number;
  coefficients: number[];
  /** What the program says about convergence (warnings, flags). */
  convergence: string;
  version: string;
}

/** The Debian Python, where python3-statsmodels is installed (a pyenv `python3` may come first on PATH). */
const PYTHON = ['/usr/bin/python3', 'python3'].find(
  (p) => spawnSync(p, ['-c', 'import statsmodels'], { encoding: 'utf8' }).status === 0,
);

/** Whether `Rscript` runs and has the package. */
export function rHas(pkg: string): boolean {
  const r = spawnSync('Rscript', ['-e', `suppressMessages(library(${pkg}))`], { encoding: 'utf8' });
  return r.status === 0;
}

/** Whether Python with statsmodels is available. */
export function statsmodelsAvailable(): boolean {
  return PYTHON !== undefined;
}

function parseLines(name: string, stdout: string): ReferenceTiming {
  const line = (key: string) =>
    stdout
      .split('\n')
      .find((l) => l.startsWith(`${key} `))
      ?.slice(key.length + 1)
      .trim() ?? '';
  return {
    name,
    seconds: Number(line('SECONDS')),
    cpuSeconds: Number(line('CPU')),
    logLik: Number(line('LOGLIK')),
    coefficients: line('COEF').split(/\s+/).filter(Boolean).map(Number),
    convergence: line('CONVERGENCE'),
    version: line('VERSION'),
  };
}

function runR(name: string, code: string): ReferenceTiming | null {
  const out = spawnSync('Rscript', ['-e', code], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (out.status !== 0) {
    console.log(`  ${name} failed: ${out.stderr.trim().split('\n').slice(-2).join(' ')}`);
    return null;
  }
  return parseLines(name, out.stdout);
}

/** R code that times `fitExpr` (a call assigning `m`) and prints the SECONDS/CPU lines. */
const rTiming = (reps: number, fitExpr: string) => `
st <- sapply(seq_len(${reps}), function(i) system.time(suppressWarnings(${fitExpr})))
cat("SECONDS", median(st["elapsed", ]), "\\n"); cat("CPU", median(st["user.self", ] + st["sys.self", ]), "\\n")`;

/** MASS::glm.nb with its default control, as researchers run it. */
export function timeGlmNb(csv: string, formula: string, reps: number): ReferenceTiming | null {
  return runR(
    'R MASS::glm.nb',
    `suppressMessages(library(MASS))
d <- read.csv(${JSON.stringify(csv)}); f <- ${formula}
w <- character()
m <- withCallingHandlers(glm.nb(f, data = d), warning = function(x) { w <<- c(w, conditionMessage(x)); invokeRestart("muffleWarning") })
${rTiming(reps, 'glm.nb(f, data = d)')}
cat("LOGLIK", format(as.numeric(logLik(m)), digits = 15), "\\n"); cat("COEF", format(coef(m), digits = 15), "\\n")
cat("CONVERGENCE", paste(c(if (m$converged) "converged" else "NOT converged", unique(w)), collapse = "; "), "\\n")
cat("VERSION ", R.version$major, ".", R.version$minor, " MASS ", as.character(packageVersion("MASS")), "\\n", sep = "")`,
  );
}

/** glmmTMB with family nbinom2 (the same NB2 likelihood, by TMB's Laplace machinery with no random effects). */
export function timeGlmmTmb(csv: string, formula: string, reps: number): ReferenceTiming | null {
  return runR(
    'R glmmTMB nbinom2',
    `suppressMessages(library(glmmTMB))
d <- read.csv(${JSON.stringify(csv)}); f <- ${formula}
w <- character()
m <- withCallingHandlers(glmmTMB(f, family = nbinom2, data = d), warning = function(x) { w <<- c(w, conditionMessage(x)); invokeRestart("muffleWarning") })
${rTiming(reps, 'glmmTMB(f, family = nbinom2, data = d)')}
cat("LOGLIK", format(as.numeric(logLik(m)), digits = 15), "\\n"); cat("COEF", format(fixef(m)$cond, digits = 15), "\\n")
cat("CONVERGENCE", paste(c(paste("optimizer convergence code", m$fit$convergence, m$fit$message), unique(w)), collapse = "; "), "\\n")
cat("VERSION ", R.version$major, ".", R.version$minor, " glmmTMB ", as.character(packageVersion("glmmTMB")), "\\n", sep = "")`,
  );
}

/**
 * statsmodels `NegativeBinomial` (loglike_method "nb2") through its formula API with default fit
 * options; R's `log1p(x)` becomes `np.log1p(x)` in patsy.
 */
export function timeStatsmodels(csv: string, formula: string, reps: number): ReferenceTiming | null {
  if (!PYTHON) return null;
  const patsy = formula.replace(/\blog1p\(/g, 'np.log1p(').replace(/\blog\(/g, 'np.log(');
  const code = `
import time, warnings, statistics
import numpy as np, pandas as pd, statsmodels, statsmodels.formula.api as smf
d = pd.read_csv(${JSON.stringify(csv)}, encoding_errors="replace")
caught = []
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    m = smf.negativebinomial(${JSON.stringify(patsy)}, data=d).fit(disp=0)
    caught = sorted(set(str(w.message).split("\\n")[0] for w in ws))
walls, cpus = [], []
for _ in range(${reps}):
    w0, c0 = time.perf_counter(), time.process_time()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        smf.negativebinomial(${JSON.stringify(patsy)}, data=d).fit(disp=0)
    walls.append(time.perf_counter() - w0); cpus.append(time.process_time() - c0)
print("SECONDS", statistics.median(walls)); print("CPU", statistics.median(cpus))
print("LOGLIK", repr(float(m.llf)))
print("COEF", " ".join(repr(float(b)) for b in m.params.values[:-1]))
conv = "reports converged" if m.mle_retvals.get("converged") else "reports NOT converged"
print("CONVERGENCE", "; ".join([conv + " (method " + str(m.mle_settings.get("optimizer")) + ")"] + caught))
print("VERSION", "statsmodels " + statsmodels.__version__)
`;
  const out = spawnSync(PYTHON, ['-c', code], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (out.status !== 0) {
    console.log(`  statsmodels failed: ${out.stderr.trim().split('\n').slice(-2).join(' ')}`);
    return null;
  }
  return parseLines('Python statsmodels NegativeBinomial', out.stdout);
}
