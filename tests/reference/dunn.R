# Dunn (1964) by formula, from the expanded data: independent of ykien's code.
x <- c(rep(1,3), rep(2,5), rep(3,2), rep(1,1), rep(2,2), rep(3,6), rep(1,4), rep(2,4), rep(3,1))
g <- c(rep("a",10), rep("b",9), rep("c",9))
r <- rank(x); N <- length(x); t <- table(x)
v <- N*(N+1)/12 - sum(t^3 - t)/(12*(N-1))
for (p in list(c("a","b"), c("a","c"), c("b","c"))) {
  z <- (mean(r[g==p[1]]) - mean(r[g==p[2]])) / sqrt(v * (1/sum(g==p[1]) + 1/sum(g==p[2])))
  cat(sprintf("%s-%s z=%.15g p=%.15g\n", p[1], p[2], z, 2*pnorm(-abs(z))))
}
