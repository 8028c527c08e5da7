options(digits=10)
nc <- function(k1,n1,k2,n2){ a<-prop.test(k1,n1,correct=FALSE)$conf.int; b<-prop.test(k2,n2,correct=FALSE)$conf.int; p1<-k1/n1; p2<-k2/n2
  100*c(p1-p2-sqrt((p1-a[1])^2+(b[2]-p2)^2), p1-p2+sqrt((a[2]-p1)^2+(p2-b[1])^2)) }
a12 <- c(5,5,4,3,2,1,4,4,3); b12 <- c(5,4,4,4,3,3,2,2,1)
a13 <- c(5,5,5,4,4,4,3,2,4); b13 <- c(5,5,4,4,4,3,3,2,1,1)
a14 <- c(5,5,5,5,4,4,4,3,2,4); b14 <- c(5,4,3,3,2,2,1,1,1); c14 <- c(5,5,4,4,3,2)
p12 <- c(a12,b12); p13 <- c(a13,b13); p14 <- c(a14,b14,c14)
row <- function(x, y) { k1 <- sum(x>=4); k2 <- sum(y>=4); n1 <- length(x); n2 <- length(y)
  cat(sprintf("share %.4f -> %.4f  ci %s  p %.6g  mw_p %.6g\n", 100*k1/n1, 100*k2/n2,
    paste(sprintf("%.4f", nc(k2,n2,k1,n1)), collapse=" "),
    prop.test(c(k2,k1),c(n2,n1),correct=FALSE)$p.value,
    wilcox.test(y, x, exact=FALSE, correct=FALSE)$p.value)) }
row(p12, p13); row(p13, p14); row(p12, p14); row(b13, b14)
k <- c(sum(p12>=4), sum(p13>=4), sum(p14>=4)); n <- c(18,19,25)
print(prop.trend.test(k, n, 0:2)$p.value)
