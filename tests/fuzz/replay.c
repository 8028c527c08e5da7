/* Replays fuzz inputs through LLVMFuzzerTestOneInput without libFuzzer, so
 * the corpus runs under gcc and the sanitizers as an ordinary test.
 *
 * usage: replay PATH...   a directory means every regular file in it
 * (not its subdirectories), in byte order of the names, dotfiles left out.
 * Prints "replayed N inputs" and exits 0; a failed check or a sanitizer
 * aborts, which is the failure.  An unreadable path exits 2. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void die(const char *path, const char *what)
{
    fprintf(stderr, "replay: %s: %s\n", path, what);
    exit(2);
}

/* The whole file in a buffer of exactly its size, so a read past the end
 * is a sanitizer error rather than slack. */
static void replay_file(const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        die(path, "cannot open");
    size_t len = 0, cap = 4096;
    unsigned char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + len, 1, cap - len, fp)) > 0) {
        len += got;
        if (len == cap) {
            unsigned char *p = realloc(buf, cap *= 2);
            if (!p)
                free(buf);
            buf = p;
        }
    }
    if (!buf)
        die(path, "out of memory");
    if (ferror(fp))
        die(path, "read error");
    fclose(fp);
    unsigned char *exact = malloc(len ? len : 1);
    if (!exact)
        die(path, "out of memory");
    if (len)
        memcpy(exact, buf, len);
    free(buf);
    LLVMFuzzerTestOneInput(exact, len);
    free(exact);
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

static int visible(const struct dirent *e)
{
    return e->d_name[0] != '.';
}

static unsigned long replay_dir(const char *dir)
{
    struct dirent **names;
    int n = scandir(dir, &names, visible, by_name);
    unsigned long count = 0;
    if (n < 0)
        die(dir, "cannot list");
    for (int i = 0; i < n; i++) {
        struct stat sb;
        size_t len = strlen(dir) + strlen(names[i]->d_name) + 2;
        char *path = malloc(len);
        if (!path)
            die(dir, "out of memory");
        snprintf(path, len, "%s/%s", dir, names[i]->d_name);
        if (stat(path, &sb) == 0 && S_ISREG(sb.st_mode)) {
            replay_file(path);
            count++;
        }
        free(path);
        free(names[i]);
    }
    free(names);
    return count;
}

int main(int argc, char **argv)
{
    unsigned long count = 0;
    if (argc < 2) {
        fprintf(stderr, "usage: replay PATH...\n");
        return 2;
    }
    for (int i = 1; i < argc; i++) {
        struct stat sb;
        if (stat(argv[i], &sb) != 0)
            die(argv[i], "no such file or directory");
        if (S_ISDIR(sb.st_mode)) {
            count += replay_dir(argv[i]);
        } else {
            replay_file(argv[i]);
            count++;
        }
    }
    printf("replayed %lu inputs\n", count);
    return 0;
}
