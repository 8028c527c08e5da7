/* csvcount — the speed ceiling for `ykien convert`: a bare libcsv parse.
 *
 *   csvcount FILE [DELIM]      DELIM is one character, "," by default
 *
 * Reads FILE with read() in 64 KiB chunks and feeds libcsv, configured as
 * ykien configures it (csv_init(&p, 0), spaces kept), with callbacks that
 * only count.  Prints "fields N rows M". */
#define _POSIX_C_SOURCE 200809L
#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct counts {
    unsigned long long fields;
    unsigned long long rows;
};

static void on_field(void *s, size_t len, void *data)
{
    (void)s;
    (void)len;
    ((struct counts *)data)->fields++;
}

static void on_row(int c, void *data)
{
    (void)c;
    ((struct counts *)data)->rows++;
}

static int no_space(unsigned char c)
{
    (void)c;
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2 || argc > 3 || (argc == 3 && strlen(argv[2]) != 1)) {
        fprintf(stderr, "usage: csvcount FILE [DELIM]\n");
        return 2;
    }
    int fd = open(argv[1], O_RDONLY);
    if (fd < 0) {
        fprintf(stderr, "csvcount: %s: %s\n", argv[1], strerror(errno));
        return 1;
    }

    struct csv_parser p;
    if (csv_init(&p, 0) != 0) {
        fprintf(stderr, "csvcount: csv_init failed\n");
        return 1;
    }
    csv_set_space_func(&p, no_space);
    csv_set_delim(&p, argc == 3 ? (unsigned char)argv[2][0] : ',');

    struct counts n = {0, 0};
    static char buf[64 * 1024];
    int rc = 0;
    for (;;) {
        ssize_t got = read(fd, buf, sizeof buf);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            fprintf(stderr, "csvcount: %s: %s\n", argv[1], strerror(errno));
            rc = 1;
            break;
        }
        if (got == 0)
            break;
        if (csv_parse(&p, buf, (size_t)got, on_field, on_row, &n) != (size_t)got) {
            fprintf(stderr, "csvcount: %s: %s\n", argv[1],
                    csv_strerror(csv_error(&p)));
            rc = 1;
            break;
        }
    }
    if (rc == 0)
        csv_fini(&p, on_field, on_row, &n);
    csv_free(&p);
    close(fd);
    if (rc == 0)
        printf("fields %llu rows %llu\n", n.fields, n.rows);
    return rc;
}
