# Helpers shared by the reference scripts (sourced): a tiny JSON writer and the NB2 derivatives in
# (eta, ln theta) with the Stata-convention covariances (OIM and cluster CR1 over (beta, ln alpha)).

# ---- tiny JSON writer (the only one: every reference script sources this file) --------------------
# jsonlite is not needed. Numbers get 17 significant digits (or attr(x, "digits")), non-finite numbers,
# NA logicals and NA strings become null. A length-1 unnamed vector is written as a scalar unless marked arr(); a vector
# marked scalar() is always a scalar. Scripts that mark scalars instead of arrays call
# js(arrays_unless_scalar(x)).
js <- function(x) {
  if (is.null(x)) return("null")
  if (is.list(x)) {
    if (!is.null(names(x))) {
      parts <- vapply(names(x), function(k) paste0('"', k, '":', js(x[[k]])), "")
      return(paste0("{", paste(parts, collapse = ","), "}"))
    }
    return(paste0("[", paste(vapply(x, js, ""), collapse = ","), "]"))
  }
  if (is.matrix(x)) return(js(lapply(seq_len(nrow(x)), function(i) unname(x[i, ]))))
  if (is.factor(x)) x <- as.character(x)
  if (is.character(x)) {
    s <- paste0('"', gsub('"', '\\\\"', gsub("\\\\", "\\\\\\\\", x)), '"')
    s[is.na(x)] <- "null"
  } else if (is.logical(x)) {
    s <- ifelse(is.na(x), "null", ifelse(x, "true", "false"))
  } else {
    digits <- if (is.null(attr(x, "digits"))) 17 else attr(x, "digits")
    s <- ifelse(is.finite(x), formatC(x, digits = digits, format = "g"), "null")
    s <- gsub(" ", "", s)
  }
  if (isTRUE(attr(x, "scalar"))) return(s)
  if (length(x) == 1 && is.null(names(x)) && !isTRUE(attr(x, "array"))) return(s)
  paste0("[", paste(s, collapse = ","), "]")
}
arr <- function(x) { x <- unname(x); attr(x, "array") <- TRUE; x }
scalar <- function(x) structure(x, scalar = TRUE)
# Marks every atomic vector in x that is not scalar() as an array (for scripts that mark their scalars).
arrays_unless_scalar <- function(x) {
  if (is.list(x)) return(if (length(x)) { y <- lapply(x, arrays_unless_scalar); attributes(y) <- attributes(x); y } else x)
  if (is.null(x) || isTRUE(attr(x, "scalar"))) return(x)
  if (is.factor(x)) x <- as.character(x)
  attr(x, "array") <- TRUE
  x
}

# ---- NB2 derivatives in (eta, t = ln theta) --------------------------------------------------------
nb_parts <- function(X, y, off, beta, t) {
  th <- exp(t); eta <- drop(X %*% beta) + off; mu <- exp(eta); tm <- th + mu
  gTh <- digamma(y + th) - digamma(th) - log1p(mu / th) + (mu - y) / tm
  hThTh <- trigamma(y + th) - trigamma(th) + 1 / th - 2 / tm + (y + th) / tm^2
  list(mu = mu, th = th,
       ll = sum(lgamma(y + th) - lgamma(th) - lgamma(y + 1) - th * log1p(mu / th) + y * (eta - log(tm))),
       gEta = (y - mu) * th / tm, gT = th * gTh,
       hEE = mu * th * (th + y) / tm^2, hET = -th * (y - mu) * mu / tm^2,
       hTT = -(th^2 * hThTh + th * gTh))
}
nb_info <- function(X, p) {
  rbind(cbind(crossprod(X, X * p$hEE), crossprod(X, p$hET)), c(crossprod(p$hET, X), sum(p$hTT)))
}
nb_grad <- function(X, p) c(crossprod(X, p$gEta), sum(p$gT))

# Stata-convention covariances over (beta, ln alpha): OIM and cluster CR1.
stata_vcov <- function(X, y, off, beta, theta, cluster = NULL) {
  p <- nb_parts(X, y, off, beta, log(theta))
  I <- nb_info(X, p); B <- solve(I); k <- ncol(X)
  out <- list(oim_se = arr(sqrt(diag(B))[1:k]), oim_se_lnalpha = sqrt(B[k + 1, k + 1]))
  # check the analytic information against a numerical Hessian of the analytic gradient
  f <- function(par) -nb_parts(X, y, off, par[1:k], par[k + 1])$ll
  g <- function(par) -nb_grad(X, nb_parts(X, y, off, par[1:k], par[k + 1]))
  Hn <- optimHess(c(beta, log(theta)), f, g)
  out$oim_check_max_rel_diff <- max(abs(Hn - I)) / max(abs(I))
  if (!is.null(cluster)) {
    S <- cbind(X * p$gEta, p$gT)
    Sg <- rowsum(S, as.character(cluster))
    G <- nrow(Sg)
    V <- B %*% crossprod(Sg) %*% B * G / (G - 1)
    out$stata_cl_se <- arr(sqrt(diag(V))[1:k])
    out$stata_cl_se_lnalpha <- sqrt(V[k + 1, k + 1])
    out$clusters <- G
  }
  out
}
