# The p-values below the smallest double in the CLI cases
# crosstab-p-below-double and compare-p-below-double, in log space
# (log.p = TRUE), written as mantissa and exponent.  Rscript FILE.
l <- function(x) { x <- x / log(10); sprintf("%.5fe%d", 10^(x - floor(x)), floor(x)) }
i <- 1:1500
d <- data.frame(u = rep(c("hon_dat", "ha_tien"), each = 1500),
                q1 = c(ifelse(i %% 10 != 0, 1, 2), ifelse(i %% 10 != 0, 5, 4)),
                tuoi = c(20 + i %% 2, 30 + i %% 2))
tab <- table(d$u, d$q1)
x2 <- chisq.test(tab, correct = FALSE)$statistic
cat("chisq", x2, l(pchisq(x2, 3, lower.tail = FALSE, log.p = TRUE)), "\n")
e <- outer(rowSums(tab), colSums(tab)) / sum(tab)
g2 <- 2 * sum(ifelse(tab > 0, tab * log(tab / e), 0))
cat("g2", g2, l(pchisq(g2, 3, lower.tail = FALSE, log.p = TRUE)), "\n")
h <- kruskal.test(q1 ~ factor(u), d)$statistic
cat("kruskal", h, l(pchisq(h, 1, lower.tail = FALSE, log.p = TRUE)), "\n")
a <- oneway.test(tuoi ~ u, d, var.equal = TRUE)
cat("anova", a$statistic, a$parameter, l(pf(a$statistic, a$parameter[1], a$parameter[2], lower.tail = FALSE, log.p = TRUE)), "\n")
w <- oneway.test(tuoi ~ u, d, var.equal = FALSE)
cat("welch", w$statistic, w$parameter, l(pf(w$statistic, w$parameter[1], w$parameter[2], lower.tail = FALSE, log.p = TRUE)), "\n")
lf <- pf(a$statistic, 1, 2998, lower.tail = FALSE, log.p = TRUE)
cat("anova holm x3", l(log(3) + lf), "\n")
z <- sqrt(h)   # Dunn's z for two groups is the Kruskal-Wallis z
cat("dunn", z, l(log(2) + pnorm(-z, log.p = TRUE)), "\n")
fav <- c(sum(d$q1[d$u == "hon_dat"] >= 4), sum(d$q1[d$u == "ha_tien"] >= 4))
z2 <- prop.test(fav, c(1500, 1500), correct = FALSE)$statistic
cat("vs_rest", sqrt(z2), l(pchisq(z2, 1, lower.tail = FALSE, log.p = TRUE)),
    "holm x2", l(log(2) + pchisq(z2, 1, lower.tail = FALSE, log.p = TRUE)), "\n")
