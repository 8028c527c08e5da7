# Recompute `ykien rounds` from the coded responses, independently of ykien's
# own statistics, with base R's prop.test, wilcox.test, prop.trend.test and
# p.adjust:
#   ykien import -q samples/kien-giang/kien-giang.ykien -o /tmp/kg.csv
#   ykien rounds -q --questions q11,q15 --favourable q15=day_du \
#       samples/kien-giang/kien-giang.ykien > /tmp/ykien-rounds.csv
#   Rscript tests/reference/rounds.R /tmp/kg.csv /tmp/ykien-rounds.csv
# prints, for every column, the largest difference from ykien's: in
# percentage points for shares, changes and bounds (printed to 4 decimals),
# relative for counts and p (printed to 6 significant digits).
args <- commandArgs(TRUE)
d <- read.csv(args[1], colClasses = "character")
y <- read.csv(args[2], colClasses = c(group = "character"))
rounds <- c("2012", "2013", "2014")
units <- unique(y$group[y$group != ""])
fav <- list(q11 = c("4", "3"), q15 = "day_du")
opinions <- list(q11 = c("1", "2", "3", "4"), q15 = c("chua_hoc", "chua_day_du", "day_du"))
newcombe <- function(k1, n1, k2, n2) {     # p1 - p2, Newcombe (1998) method 10
  a <- prop.test(k1, n1, correct = FALSE)$conf.int
  b <- prop.test(k2, n2, correct = FALSE)$conf.int
  p1 <- k1 / n1; p2 <- k2 / n2
  c(p1 - p2 - sqrt((p1 - a[1])^2 + (b[2] - p2)^2), p1 - p2 + sqrt((a[2] - p1)^2 + (p2 - b[1])^2))
}
rows <- list()
for (q in names(fav)) for (g in c("", units)) {
  x <- d[d[[q]] %in% opinions[[q]] & (g == "" | d$don_vi == g), ]
  k <- sapply(rounds, function(r) sum(x$X_round == r & x[[q]] %in% fav[[q]]))
  n <- sapply(rounds, function(r) sum(x$X_round == r))
  for (pr in list(c(1, 2), c(2, 3), c(1, 3))) {
    i <- pr[1]; j <- pr[2]
    ci <- newcombe(k[j], n[j], k[i], n[i])
    pt <- prop.test(c(k[j], k[i]), c(n[j], n[i]), correct = FALSE)$p.value
    mw <- NA
    if (q == "q11") {
      v1 <- as.numeric(x[[q]][x$X_round == rounds[i]]); v2 <- as.numeric(x[[q]][x$X_round == rounds[j]])
      mw <- wilcox.test(v2, v1, exact = FALSE, correct = FALSE)$p.value
    }
    tp <- if (i == 1 && j == 3) prop.trend.test(k, n, 0:2)$p.value else NA
    rows[[length(rows) + 1]] <- data.frame(question = q, group = g, round_from = rounds[i],
      round_to = rounds[j], share_from = 100 * k[i] / n[i], share_to = 100 * k[j] / n[j],
      change = 100 * (k[j] / n[j] - k[i] / n[i]), ci_low = 100 * ci[1], ci_high = 100 * ci[2],
      p = pt, n_from = n[i], n_to = n[j], mw_p = mw, trend_p = tp)
  }
}
r <- do.call(rbind, rows)
r$p_adjusted <- p.adjust(r$p, "holm")
r$mw_p_adjusted <- NA; r$mw_p_adjusted[!is.na(r$mw_p)] <- p.adjust(r$mw_p[!is.na(r$mw_p)], "holm")
r$trend_p_adjusted <- NA
r$trend_p_adjusted[!is.na(r$trend_p)] <- p.adjust(r$trend_p[!is.na(r$trend_p)], "holm")
key <- function(t) paste(t$question, t$group, t$round_from, t$round_to)
m <- match(key(r), key(y))
stopifnot(!anyNA(m), nrow(r) == nrow(y))
for (col in c("share_from", "share_to", "change", "ci_low", "ci_high", "p", "p_adjusted",
              "n_from", "n_to", "mw_p", "mw_p_adjusted", "trend_p", "trend_p_adjusted")) {
  a <- r[[col]]; b <- y[[col]][m]
  ok <- !is.na(a)
  stopifnot(identical(ok, !is.na(b)))
  points <- col %in% c("share_from", "share_to", "change", "ci_low", "ci_high")
  diff <- abs(a[ok] - b[ok]) / if (points) 1 else pmax(abs(a[ok]), 1e-300)
  cat(sprintf("%-17s rows %4d  largest %s difference %.3g\n", col, sum(ok),
              if (points) "absolute" else "relative", max(diff)))
}
