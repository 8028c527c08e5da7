# Prints every R reference value used by tests/unit/check_stats.c, each
# beside the exact call that made it, so anyone can recompute them:
#   cd tests/reference && Rscript make-references.R
# Made with R 4.2.2 (Debian r-base-core 4.2.2.20221110-2), psych 2.2.9 and
# psychometric 2.3 (Debian r-cran-psych, r-cran-psychometric).
# The G-squared references come from SciPy: see make-references.py.
suppressMessages({ library(psych); library(psychometric) })

ver <- sprintf("R %s", getRversion())
ref <- function(call) {
  v <- eval(parse(text = call))
  cat(sprintf("/* %s: %s */\n    { %s }\n", ver, call,
              paste(sprintf("%.17g", as.numeric(v)), collapse = ", ")))
}
section <- function(name) cat(sprintf("\n/* ---- %s ---- */\n", name))

section("Wilson interval")
ref("qnorm(0.975)")
ref("prop.test(12, 40, correct = FALSE)$conf.int")
ref("prop.test(37, 1000, correct = FALSE)$conf.int")
ref("prop.test(0, 10, correct = FALSE)$conf.int")
ref("prop.test(10, 10, correct = FALSE)$conf.int")
ref("prop.test(1, 1, correct = FALSE)$conf.int")

section("quantile type 7 from counts")
ref("quantile(rep(1:5, c(3, 0, 7, 2, 9)), c(0, 0.1, 0.25, 0.5, 0.75, 0.9, 1), type = 7)")
ref("quantile(rep(c(-2.5, 0.25, 1, 10), c(1, 4, 1, 2)), c(0.05, 1/3, 0.5, 0.95), type = 7)")
ref("quantile(rep(1:4, c(0, 6, 0, 0)), c(0, 0.37, 1), type = 7)")
ref("quantile(4, c(0, 0.5, 1), type = 7)")
ref("quantile(rep(1:2, c(1, 1)), c(0.3, 0.5), type = 7)")

section("NIST StRD univariate: check the transcribed data")
ref("{x <- scan('nist/Lew.dat', comment.char = '#', quiet = TRUE); c(length(x), mean(x), sd(x))}")
ref("{x <- scan('nist/Michelso.dat', comment.char = '#', quiet = TRUE); c(length(x), mean(x), sd(x))}")
ref("{x <- c(10000001, 10000003, 10000002); c(mean(x), sd(x))}")                         # NumAcc1
ref("{x <- c(1.2, rep(c(1.1, 1.3), 500)); c(mean(x), sd(x))}")                            # NumAcc2
ref("{x <- c(1000000.2, rep(c(1000000.1, 1000000.3), 500)); c(mean(x), sd(x))}")          # NumAcc3
ref("{x <- c(10000000.2, rep(c(10000000.1, 10000000.3), 500)); c(mean(x), sd(x))}")       # NumAcc4

section("Pearson chi-square, Cramer's V, residuals")
ref("chisq.test(matrix(c(12, 5, 7, 9), 2), correct = FALSE)[c('statistic', 'parameter', 'p.value')]")
ref("{t <- matrix(c(20, 15, 30, 12, 22, 18, 9, 14, 25, 31, 11, 8), 3); x <- chisq.test(t, correct = FALSE); c(x$statistic, x$parameter, x$p.value, sqrt(x$statistic / (sum(t) * (min(dim(t)) - 1))))}")
ref("chisq.test(matrix(c(20, 15, 30, 12, 22, 18, 9, 14, 25, 31, 11, 8), 3), correct = FALSE)$stdres")
ref("chisq.test(matrix(c(20, 15, 30, 12, 22, 18, 9, 14, 25, 31, 11, 8), 3), correct = FALSE)$expected")
# zero row and zero column dropped: the test of the table that is left
ref("chisq.test(matrix(c(12, 0, 5, 0, 0, 0, 7, 0, 9), 3)[c(1, 3), c(1, 3)], correct = FALSE)[c('statistic', 'parameter', 'p.value')]")
ref("chisq.test(matrix(c(500, 100, 100, 500), 2), correct = FALSE)[c('statistic', 'p.value')]")
ref("chisq.test(matrix(c(60, 20, 20, 60), 2), correct = FALSE)[c('statistic', 'p.value')]")
ref("chisq.test(matrix(c(5, 5, 5, 5), 2), correct = FALSE)[c('statistic', 'p.value')]")
ref("pchisq(c(1e-3, 0.5, 3.84, 30, 200, 700, 1400), 3, lower.tail = FALSE)")

section("Fisher exact 2x2 (table a b / c d = matrix(c(a, c, b, d), 2))")
ref("fisher.test(matrix(c(3, 1, 1, 3), 2))$p.value")
ref("fisher.test(matrix(c(10, 3, 2, 15), 2))$p.value")
ref("fisher.test(matrix(c(2, 3, 3, 2), 2))$p.value")
ref("fisher.test(matrix(c(0, 5, 5, 0), 2))$p.value")
ref("fisher.test(matrix(c(100, 300, 200, 150), 2))$p.value")
ref("fisher.test(matrix(c(7, 12, 0, 5), 2))$p.value")
ref("fisher.test(matrix(c(0, 3, 0, 4), 2))$p.value")
ref("fisher.test(matrix(c(1, 0, 0, 0), 2))$p.value")

section("Kruskal-Wallis from counts")
# group g's answers: rep(1:5, counts of group g)
ref("kruskal.test(list(rep(1:5, c(2, 5, 9, 4, 1)), rep(1:5, c(0, 3, 6, 8, 5)), rep(1:5, c(4, 4, 3, 1, 0))))[c('statistic', 'parameter', 'p.value')]")
ref("kruskal.test(list(rep(1:3, c(1, 1, 0)), rep(1:3, c(0, 1, 1))))[c('statistic', 'parameter', 'p.value')]")
ref("kruskal.test(list(rep(1:4, c(400, 300, 200, 100)), rep(1:4, c(100, 200, 300, 400))))[c('statistic', 'parameter', 'p.value')]")
ref("kruskal.test(list(1, 2, 3, rep(1:3, c(2, 0, 1))))[c('statistic', 'parameter', 'p.value')]")

section("one-way ANOVA and Welch from n, mean, var")
ref("{y <- list(c(4, 5, 3, 4, 5, 2, 4), c(6, 5, 7, 5, 6), c(3, 2, 4, 3, 3, 2, 1, 2)); c(sapply(y, length), sapply(y, mean), sapply(y, var))}")
ref("{y <- list(c(4, 5, 3, 4, 5, 2, 4), c(6, 5, 7, 5, 6), c(3, 2, 4, 3, 3, 2, 1, 2)); x <- oneway.test(v ~ g, data.frame(v = unlist(y), g = factor(rep(seq_along(y), lengths(y)))), var.equal = TRUE); c(x$statistic, x$parameter, x$p.value)}")
ref("{y <- list(c(4, 5, 3, 4, 5, 2, 4), c(6, 5, 7, 5, 6), c(3, 2, 4, 3, 3, 2, 1, 2)); x <- oneway.test(v ~ g, data.frame(v = unlist(y), g = factor(rep(seq_along(y), lengths(y)))), var.equal = FALSE); c(x$statistic, x$parameter, x$p.value)}")
# a group of one: oneway.test refuses it, the classical F does not
ref("{y <- list(c(1.5, 2.5, 2.0, 3.0), c(2.2, 2.8, 3.1), 4.0); c(sapply(y, mean), var(y[[1]]), var(y[[2]]))}")
ref("{y <- list(c(1.5, 2.5, 2.0, 3.0), c(2.2, 2.8, 3.1), 4.0); a <- anova(lm(v ~ g, data.frame(v = unlist(y), g = factor(rep(seq_along(y), lengths(y)))))); c(a$`F value`[1], a$Df, a$`Pr(>F)`[1])}")
ref("{s <- read.table('nist/SiRstv.dat'); x <- oneway.test(V2 ~ factor(V1), s, var.equal = TRUE); c(x$statistic, x$p.value)}")
ref("{s <- read.table('nist/SiRstv.dat'); x <- oneway.test(V2 ~ factor(V1), s, var.equal = FALSE); c(x$statistic, x$parameter, x$p.value)}")
ref("pf(c(0.01, 1, 21, 201, 2001, 1e4), 8, 180, lower.tail = FALSE)")

section("Holm and BH")
ref("p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.2, 0.04), 'holm')")
ref("p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.2, 0.04), 'BH')")
ref("p.adjust(c(0.5, 0.9, 1), 'holm')")
ref("p.adjust(c(0.5, 0.9, 1), 'BH')")

section("Cronbach's alpha")
ref("{x <- matrix(c(4,5,3,4,2,5,4,3,4,5, 4,4,3,5,2,4,4,2,4,5, 3,5,2,4,1,5,3,3,4,4, 5,4,3,4,2,5,5,2,3,5), 10); cov(x)}")
ref("{x <- matrix(c(4,5,3,4,2,5,4,3,4,5, 4,4,3,5,2,4,4,2,4,5, 3,5,2,4,1,5,3,3,4,4, 5,4,3,4,2,5,5,2,3,5), 10); a <- psych::alpha(x, warnings = FALSE); c(a$total$raw_alpha, a$total$std.alpha)}")
ref("{x <- matrix(c(4,5,3,4,2,5,4,3,4,5, 4,4,3,5,2,4,4,2,4,5, 3,5,2,4,1,5,3,3,4,4, 5,4,3,4,2,5,5,2,3,5), 10); a <- psych::alpha(x, warnings = FALSE); unlist(psychometric::alpha.CI(a$total$raw_alpha, 4, 10, level = 0.95)[c('LCL', 'UCL')])}")
ref("{x <- matrix(c(4,5,3,4,2,5,4,3,4,5, 4,4,3,5,2,4,4,2,4,5, 3,5,2,4,1,5,3,3,4,4, 5,4,3,4,2,5,5,2,3,5), 10); a <- psych::alpha(x, warnings = FALSE); c(a$item.stats$r.drop, a$alpha.drop$raw_alpha)}")
# negatively related items: alpha below zero, not clipped
ref("{x <- cbind(c(1,2,3,4,5,1), c(5,4,3,2,1,4), c(2,2,3,3,4,1)); cov(x)}")
ref("{x <- cbind(c(1,2,3,4,5,1), c(5,4,3,2,1,4), c(2,2,3,3,4,1)); a <- psych::alpha(x, check.keys = FALSE, warnings = FALSE); c(a$total$raw_alpha, a$total$std.alpha, unlist(psychometric::alpha.CI(a$total$raw_alpha, 3, 6, level = 0.95)[c('LCL', 'UCL')]))}")
ref("unlist(psychometric::alpha.CI(10 / 10.5, 20, 1000, level = 0.95))")
# A million respondents and more: F with large df on both sides.  R 4.2.2's
# qf is wrong there (qbeta with large shape parameters): the next line
# prints 0.9685, not 0.975.  So the Feldt bounds for large n are
# references by uniroot() on R's pf (TOMS 708, accurate), not by qf.
ref("pf(qf(0.975, 1e6 - 1, 9 * (1e6 - 1)), 1e6 - 1, 9 * (1e6 - 1))")
qf_root <- "uniroot(function(f) pf(f, n - 1, 9 * (n - 1), lower.tail = FALSE) - 0.025, c(1, 1.1), tol = 1e-15)$root"
qf_low <- "uniroot(function(f) pf(f, n - 1, 9 * (n - 1)) - 0.025, c(0.9, 1), tol = 1e-15)$root"
for (n in c("1e5", "1e6", "5e6"))
  ref(sprintf("{n <- %s; 1 - 0.2 * c(%s, %s)}", n, qf_root, qf_low))
ref("pf(c(0.99, 0.995, 1, 1.005), 5e6 - 1, 9 * (5e6 - 1), lower.tail = FALSE)")
