# Rows for the cases that read one file on one thread and on two
# (pipe-*): 6,000 answers to the form in ../rows-project/form, about 300
# KB, so that a read hands over a few batches, with a problem every so
# often: rows with a field too few or too many, bytes that are not UTF-8,
# double submissions, an unknown unit, an answer not in the list, a
# stray quote, blank lines and accented unit names (decoded, not plain).
# Usage: awk -f rows.awk [-v rows=N] > FILE.csv
BEGIN {
    if (!rows)
        rows = 6000
    print "don_vi,a1,a2,a3,b1,b2,b3,b4,b5,_submission_time,_uuid"
    split("hon_dat,ha_tien,Hòn Đất,Hà Tiên", units, ",")
    for (i = 1; i <= rows; i++) {
        unit = units[i % 4 + 1]
        if (i % 1100 == 0)
            unit = "xyz"
        line = unit
        for (q = 1; q <= 8; q++) {
            if (q == 8 && i % 500 == 0)
                continue            # a field too few
            line = line "," (q == 2 && i % 1300 == 0 ? 9 : (i * 7 + q * 3) % 5 + 1)
        }
        line = line sprintf(",2014-05-%02dT10:%02d:%02d,u%d", i % 28 + 1, i % 60, i % 59, i)
        if (i % 700 == 0)
            line = line ",extra"
        if (i % 800 == 0)
            sub(/^[^,]*/, "Hòn \377Đất", line)
        if (i % 1700 == 0)
            sub(/^[^,]*/, "hon\"dat", line)
        print line
        if (i % 900 == 0)
            print line              # the same submission twice
        if (i % 1500 == 0)
            print ""
    }
}
