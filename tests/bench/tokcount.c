/* tokcount — ykien's CSV tokenizer alone, beside csvcount's bare libcsv.
 *
 *   tokcount FILE [DELIM]      DELIM is one character, "," by default
 *
 * Reads FILE with read() in 64 KiB chunks and feeds yk_csvtok with
 * callbacks that only count, as csvcount feeds libcsv: the two print the
 * same "fields N rows M".  Build: cc -O2 -Ilib/base -Ilib/read -o
 * build/bench/tokcount tests/bench/tokcount.c build/libykien.a */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "yk_csvtok.h"

struct counts {
    unsigned long long fields;
    unsigned long long rows;
};

static void on_field(void *data, const char *p, size_t len)
{
    (void)p;
    (void)len;
    ((struct counts *)data)->fields++;
}

static int on_row(void *data)
{
    ((struct counts *)data)->rows++;
    return 0;
}

static void on_stray_quote(void *data, int quoted)
{
    (void)data;
    (void)quoted;
}

int main(int argc, char **argv)
{
    if (argc < 2 || argc > 3 || (argc == 3 && strlen(argv[2]) != 1)) {
        fprintf(stderr, "usage: tokcount FILE [DELIM]\n");
        return 2;
    }
    int fd = open(argv[1], O_RDONLY);
    if (fd < 0) {
        fprintf(stderr, "tokcount: %s: %s\n", argv[1], strerror(errno));
        return 1;
    }
    yk_csvtok *t;
    if (yk_csvtok_new(&t) != YK_OK ||
        yk_csvtok_start(t, argc == 3 ? (unsigned char)argv[2][0] : ',', (size_t)-1) != YK_OK) {
        fprintf(stderr, "tokcount: cannot start the tokenizer\n");
        return 1;
    }
    struct counts n = {0, 0};
    yk_csvtok_fns fns = { on_field, on_row, on_stray_quote, &n };
    static char buf[64 * 1024];
    int rc = 0;
    for (;;) {
        ssize_t got = read(fd, buf, sizeof buf);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            fprintf(stderr, "tokcount: %s: %s\n", argv[1], strerror(errno));
            rc = 1;
            break;
        }
        if (got == 0)
            break;
        if (yk_csvtok_parse(t, buf, (size_t)got, &fns) != YK_OK) {
            fprintf(stderr, "tokcount: %s: cannot tokenize\n", argv[1]);
            rc = 1;
            break;
        }
    }
    if (rc == 0)
        yk_csvtok_finish(t, &fns);
    yk_csvtok_free(t);
    close(fd);
    if (rc == 0)
        printf("fields %llu rows %llu\n", n.fields, n.rows);
    return rc;
}
