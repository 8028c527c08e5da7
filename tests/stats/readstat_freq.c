/* tests/stats-packages.sh's reader of .dta files (Stata is not at hand):
 * ReadStat's own parser counts one variable's values per round and prints
 * "round|label|count", a value shown by its value label, a blank as
 * _missing — the lines the script makes of `ykien freq`.
 *
 *   readstat_freq FILE.dta|FILE.sav VARIABLE */
#include <readstat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_ENTRIES = 1024, TEXT = 256 };

typedef struct {
    char key[TEXT], text[TEXT];     /* round and value */
    long count;
} entry;

typedef struct {
    char set[TEXT], value[TEXT], label[TEXT];
} value_label;

static struct {
    const char *want;
    int var, round_var;
    char set[TEXT], round[TEXT];
    entry counts[MAX_ENTRIES];
    value_label labels[MAX_ENTRIES];
    int ncounts, nlabels;
    long rows;
} st = { .var = -1, .round_var = -1 };

/* A value as text: the key both counts and labels use. */
static void value_text(readstat_value_t v, char *out)
{
    if (readstat_value_is_tagged_missing(v))
        snprintf(out, TEXT, ".%c", readstat_value_tag(v));
    else if (readstat_value_is_system_missing(v))
        snprintf(out, TEXT, "_missing");
    else if (readstat_value_type_class(v) == READSTAT_TYPE_CLASS_STRING)
        snprintf(out, TEXT, "%s", readstat_string_value(v) && *readstat_string_value(v)
                                      ? readstat_string_value(v) : "_missing");
    else
        snprintf(out, TEXT, "%.17g", readstat_double_value(v));
}

static int on_variable(int i, readstat_variable_t *v, const char *set, void *ctx)
{
    const char *name = readstat_variable_get_name(v);
    size_t n = strlen(name);
    (void)ctx;
    if (strcmp(name, st.want) == 0) {
        st.var = i;
        snprintf(st.set, TEXT, "%s", set ? set : "");
    }
    if (n >= 6 && strcmp(name + n - 6, "_round") == 0)
        st.round_var = i;
    return READSTAT_HANDLER_OK;
}

static int on_label(const char *set, readstat_value_t v, const char *label, void *ctx)
{
    (void)ctx;
    if (st.nlabels == MAX_ENTRIES)
        return READSTAT_HANDLER_ABORT;
    value_label *l = &st.labels[st.nlabels++];
    snprintf(l->set, TEXT, "%s", set);
    value_text(v, l->value);
    snprintf(l->label, TEXT, "%s", label);
    return READSTAT_HANDLER_OK;
}

static int on_value(int obs, readstat_variable_t *var, readstat_value_t v, void *ctx)
{
    int i = readstat_variable_get_index(var);
    char value[TEXT];
    (void)ctx;
    if (obs + 1 > st.rows)
        st.rows = obs + 1;
    if (i == st.round_var)
        snprintf(st.round, TEXT, "%s", readstat_string_value(v) ? readstat_string_value(v) : "");
    if (i != st.var)
        return READSTAT_HANDLER_OK;
    value_text(v, value);
    for (int k = 0; k < st.ncounts; k++)
        if (strcmp(st.counts[k].key, st.round) == 0 && strcmp(st.counts[k].text, value) == 0) {
            st.counts[k].count++;
            return READSTAT_HANDLER_OK;
        }
    if (st.ncounts == MAX_ENTRIES)
        return READSTAT_HANDLER_ABORT;
    entry *e = &st.counts[st.ncounts++];
    snprintf(e->key, TEXT, "%s", st.round);
    snprintf(e->text, TEXT, "%s", value);
    e->count = 1;
    return READSTAT_HANDLER_OK;
}

static const char *label_of(const char *value)
{
    for (int k = 0; k < st.nlabels; k++)
        if (strcmp(st.labels[k].set, st.set) == 0 && strcmp(st.labels[k].value, value) == 0)
            return st.labels[k].label;
    return value;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: readstat_freq FILE.dta|FILE.sav VARIABLE\n");
        return 2;
    }
    st.want = argv[2];
    readstat_parser_t *p = readstat_parser_init();
    readstat_set_variable_handler(p, on_variable);
    readstat_set_value_label_handler(p, on_label);
    readstat_set_value_handler(p, on_value);
    size_t n = strlen(argv[1]);
    readstat_error_t err = n > 4 && strcmp(argv[1] + n - 4, ".dta") == 0
                               ? readstat_parse_dta(p, argv[1], NULL)
                               : readstat_parse_sav(p, argv[1], NULL);
    readstat_parser_free(p);
    if (err != READSTAT_OK || st.var < 0) {
        fprintf(stderr, "readstat_freq: %s: %s\n", argv[1],
                err != READSTAT_OK ? readstat_error_message(err) : "no such variable");
        return 1;
    }
    for (int k = 0; k < st.ncounts; k++)
        printf("%s|%s|%ld\n", st.counts[k].key,
               strcmp(st.counts[k].text, "_missing") == 0 ? "_missing"
                                                          : label_of(st.counts[k].text),
               st.counts[k].count);
    fprintf(stderr, "readstat_freq: %s: %ld rows\n", argv[1], st.rows);
    return 0;
}
