# Recompute `ykien describe` and `ykien rounds` on tests/cli/data/numeric-codes
# (an ANES-like 0-6 party identification, a 5..1 agreement list, a
# reverse-worded item), straight from the CSV files, with base R:
#   Rscript tests/reference/numeric-codes.R
# Codes are the values (R, SPSS and PSPP score a 0-6 list 0-6); 9 is not an
# opinion and is left out.  Prints the rows ykien must print, to compare
# with tests/cli/cases/{describe,rounds}-numeric-codes/stdout.
dir <- "tests/cli/data/numeric-codes"
r1 <- read.csv(file.path(dir, "anes.csv")); r2 <- read.csv(file.path(dir, "anes-2.csv"))
items <- list(pid = list(top = c(5, 6), bottom = c(0, 1)),
              q1 = list(top = c(5, 4), bottom = c(2, 1)),
              q2 = list(top = c(5, 4), bottom = c(2, 1), reverse = TRUE))
cat("describe, round 1996\n")
for (q in names(items)) {
  x <- r1[[q]]; x <- x[x != 9]
  top <- mean(x %in% items[[q]]$top) * 100; bottom <- mean(x %in% items[[q]]$bottom) * 100
  w <- prop.test(sum(x %in% items[[q]]$top), length(x), correct = FALSE)$conf.int * 100
  cat(sprintf("%s n=%d mean=%.4f sd=%.4f median=%.4f q1=%.4f q3=%.4f top2=%.4f bottom2=%.4f net=%.4f wilson=%.4f,%.4f\n",
              q, length(x), mean(x), sd(x), median(x), quantile(x, .25, type = 7),
              quantile(x, .75, type = 7), top, bottom, top - bottom, w[1], w[2]))
}
newcombe <- function(k1, n1, k2, n2) {     # p1 - p2, Newcombe (1998) method 10
  a <- prop.test(k1, n1, correct = FALSE)$conf.int
  b <- prop.test(k2, n2, correct = FALSE)$conf.int
  p1 <- k1 / n1; p2 <- k2 / n2
  c(p1 - p2 - sqrt((p1 - a[1])^2 + (b[2] - p2)^2), p1 - p2 + sqrt((a[2] - p1)^2 + (p2 - b[1])^2))
}
cat("rounds 1996 -> 1998 (favourable: top two; bottom two of reverse-worded q2)\n")
rows <- NULL
for (q in names(items)) for (g in c("", "1", "2", "3")) {
  a <- r1[r1[[q]] != 9 & (g == "" | r1$don_vi == g), q]
  b <- r2[r2[[q]] != 9 & (g == "" | r2$don_vi == g), q]
  fav <- if (isTRUE(items[[q]]$reverse)) items[[q]]$bottom else items[[q]]$top
  k1 <- sum(a %in% fav); k2 <- sum(b %in% fav)
  ci <- newcombe(k2, length(b), k1, length(a)) * 100
  p <- prop.test(c(k2, k1), c(length(b), length(a)), correct = FALSE)$p.value
  mw <- wilcox.test(b, a, exact = FALSE, correct = FALSE)
  rows <- rbind(rows, data.frame(q, g, from = 100 * k1 / length(a), to = 100 * k2 / length(b),
    change = 100 * (k2 / length(b) - k1 / length(a)), lo = ci[1], hi = ci[2], p, n1 = length(a),
    n2 = length(b), mw_p = mw$p.value))
}
rows$p_adj <- p.adjust(rows$p, "holm"); rows$mw_adj <- p.adjust(rows$mw_p, "holm")
print(rows, digits = 6, row.names = FALSE)
