#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ballot_impl.h"
#include "yk_dict.h"
#include "yk_text.h"
#include "yk_textkey.h"

enum {
    MAX_WORDS = 64, KEY_MAX = 1024,
    NOTE_MARKS = 8,     /* distinct unknown marks listed */
    NOTE_LINES = 5,     /* lines listed per mark, and for the loose marks */
    NOTE_TEXT = 40,     /* bytes of a mark's text shown */
    NOTE_KEY = 96,      /* bytes of its key compared */
};

/* How a cell is compared with the levels: as written, case folded, and
 * with accents dropped too. */
enum { AS_WRITTEN, AS_KEY, AS_LOOSE, N_WAYS };

/* Lines in the order met, each once; the first NOTE_LINES kept. */
typedef struct {
    unsigned long first[NOTE_LINES], last, n;
} line_list;

typedef struct {
    char text[NOTE_TEXT * 2 + 8];   /* as written, cut, controls blanked */
    char key[NOTE_KEY];
    size_t key_len;
    line_list lines;
} unknown_note;

struct yk_ballot_marks {
    yk_dict *levels[N_WAYS];        /* a text of a level, each way -> level */
    yk_dict *shared[N_WAYS];        /* texts that two levels share: no match */
    unknown_note unknown[NOTE_MARKS];
    size_t n_unknown;
    unsigned long unknown_cells, other_cells;   /* other: beyond the notes */
    unsigned long loose_cells;
    line_list loose_lines;
    yk_buf text[N_WAYS], scratch, nfc;
};

static void note_line(line_list *l, unsigned long line)
{
    if (l->n && l->last == line)
        return;
    if (l->n < NOTE_LINES)
        l->first[l->n] = line;
    l->n++;
    l->last = line;
}

static yk_status append_lines(const line_list *l, yk_buf *out)
{
    char num[32];
    yk_status st = YK_OK;
    for (unsigned long i = 0; i < l->n && i < NOTE_LINES && st == YK_OK; i++) {
        int len = snprintf(num, sizeof num, "%s%lu", i ? ", " : "", l->first[i]);
        st = yk_buf_append(out, num, (size_t)len);
    }
    if (st == YK_OK && l->n > NOTE_LINES) {
        int len = snprintf(num, sizeof num, " and %lu more", l->n - NOTE_LINES);
        st = yk_buf_append(out, num, (size_t)len);
    }
    return st;
}

/* ---- the texts of a cell, three ways ------------------------------------ */

static void trim(const char **s, size_t *n)
{
    while (*n && ((*s)[0] == ' ' || (*s)[0] == '\t'))
        (*s)++, (*n)--;
    while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t'))
        (*n)--;
}

/* NFC with every run of white space one space, none at the ends. */
static yk_status as_written(yk_ballot_marks *m, const char *s, size_t n, yk_buf *out)
{
    const yk_buf *nfc = &m->nfc;
    yk_buf_clear(&m->nfc);
    yk_status st = yk_text_nfc(s, n, &m->nfc, &m->scratch);
    yk_buf_clear(out);
    if (st == YK_OK)
        st = yk_buf_reserve(out, nfc->len);
    int space = 0;
    for (size_t i = 0; st == YK_OK && i < nfc->len; i++) {
        char ch = nfc->data[i];
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
            space = out->len > 0;
            continue;
        }
        if (space)
            out->data[out->len++] = ' ';
        out->data[out->len++] = ch;
        space = 0;
    }
    return st;
}

/* The text of s each way into m->text; invalid UTF-8 gives empty texts,
 * which match nothing. */
static yk_status texts_of(yk_ballot_marks *m, const char *s, size_t n)
{
    yk_status st = as_written(m, s, n, &m->text[AS_WRITTEN]);
    for (int w = AS_KEY; w < N_WAYS && st == YK_OK; w++) {
        yk_buf_clear(&m->text[w]);
        st = yk_textkey(s, n, w == AS_LOOSE, &m->text[w], &m->scratch);
    }
    if (st == YK_ERR_INVALID_BYTES) {
        for (int w = 0; w < N_WAYS; w++)
            yk_buf_clear(&m->text[w]);
        st = YK_OK;
    }
    return st;
}

static int level_of(const yk_ballot_marks *m, int way, const char *k, size_t n, yk_level *l)
{
    size_t v;
    if (!n || !yk_dict_get(m->levels[way], k, n, &v) || yk_dict_get(m->shared[way], k, n, &v))
        return 0;
    *l = (yk_level)v;
    return 1;
}

/* ---- the index ----------------------------------------------------------- */

static yk_status add_text(yk_ballot_marks *m, const char *s, yk_level l)
{
    yk_status st = s && *s ? texts_of(m, s, strlen(s)) : YK_OK;
    for (int w = 0; s && *s && w < N_WAYS && st == YK_OK; w++) {
        const yk_buf *t = &m->text[w];
        size_t had;
        int added;
        if (!t->len)
            continue;
        st = yk_dict_add(m->levels[w], t->data, t->len, (size_t)l, &added, &had);
        if (st == YK_OK && !added && had != (size_t)l)
            st = yk_dict_add(m->shared[w], t->data, t->len, 0, NULL, NULL);
    }
    return st;
}

yk_status yk_ballot_marks_new(const yk_choice *const level[YK_N_LEVELS], size_t n_languages,
                              yk_ballot_marks **out)
{
    yk_ballot_marks *m = calloc(1, sizeof *m);
    yk_status st = m ? YK_OK : YK_ERR_NOMEM;
    for (int w = 0; w < N_WAYS && st == YK_OK; w++) {
        st = yk_dict_new(&m->levels[w]);
        if (st == YK_OK)
            st = yk_dict_new(&m->shared[w]);
    }
    for (int l = 0; l < YK_N_LEVELS && st == YK_OK; l++) {
        st = add_text(m, level[l]->name, (yk_level)l);
        for (size_t lang = 0; level[l]->labels && lang < n_languages && st == YK_OK; lang++)
            st = add_text(m, level[l]->labels[lang], (yk_level)l);
    }
    if (st != YK_OK) {
        yk_ballot_marks_free(m);
        m = NULL;
    }
    *out = m;
    return st;
}

void yk_ballot_marks_free(yk_ballot_marks *m)
{
    if (!m)
        return;
    for (int w = 0; w < N_WAYS; w++) {
        yk_dict_free(m->levels[w]);
        yk_dict_free(m->shared[w]);
        yk_buf_free(&m->text[w]);
    }
    yk_buf_free(&m->scratch);
    yk_buf_free(&m->nfc);
    free(m);
}

/* ---- several boxes ------------------------------------------------------- */

/* How many levels the words of text t make, read greedily longest first
 * ("tín nhiệm cao tín nhiệm thấp" is two); 0 when a word is left over. */
static size_t count_levels(const yk_ballot_marks *m, int way, const yk_buf *t)
{
    const char *w[MAX_WORDS];
    size_t len[MAX_WORDS], n = 0, marks = 0;
    for (size_t i = 0; i < t->len;) {
        while (i < t->len && strchr(" ,;|", t->data[i]))
            i++;
        size_t start = i;
        while (i < t->len && !strchr(" ,;|", t->data[i]))
            i++;
        if (i == start)
            break;
        if (n == MAX_WORDS)
            return 0;
        w[n] = t->data + start;
        len[n++] = i - start;
    }
    for (size_t at = 0; at < n; marks++) {
        size_t took = 0;
        for (size_t k = n - at; k >= 1 && !took; k--) {
            char joined[KEY_MAX];
            size_t j_len = 0;
            for (size_t j = at; j < at + k && j_len < KEY_MAX; j++) {
                if (j > at)
                    joined[j_len++] = ' ';
                size_t room = KEY_MAX - j_len < len[j] ? KEY_MAX - j_len : len[j];
                memcpy(joined + j_len, w[j], room);
                j_len += room;
            }
            yk_level l;
            if (j_len < KEY_MAX && level_of(m, way, joined, j_len, &l))
                took = k;
        }
        if (!took)
            return 0;
        at += took;
    }
    return marks;
}

/* ---- reading a cell ------------------------------------------------------ */

/* The note of the unknown mark in s, its key in m->text[AS_KEY]; NULL
 * when the notes are full. */
static unknown_note *unknown_note_of(yk_ballot_marks *m, const char *s, size_t n)
{
    const yk_buf *k = &m->text[AS_KEY];
    size_t klen = k->len < NOTE_KEY ? k->len : NOTE_KEY;
    const char *key = k->len ? k->data : s;
    if (!k->len)
        klen = n < NOTE_KEY ? n : NOTE_KEY;
    for (size_t i = 0; i < m->n_unknown; i++)
        if (m->unknown[i].key_len == klen && memcmp(m->unknown[i].key, key, klen) == 0)
            return &m->unknown[i];
    if (m->n_unknown == NOTE_MARKS)
        return NULL;
    unknown_note *u = &m->unknown[m->n_unknown++];
    memset(u, 0, sizeof *u);
    memcpy(u->key, key, klen);
    u->key_len = klen;
    /* The text as written, cut on a character, controls and quotes made
     * spaces so that the message stays one line. */
    size_t keep = yk_text_clip(s, n, NOTE_TEXT);
    memcpy(u->text, s, keep);
    for (size_t i = 0; i < keep; i++)
        if ((unsigned char)u->text[i] < 0x20 || u->text[i] == 0x7F || u->text[i] == '\'')
            u->text[i] = ' ';
    strcpy(u->text + keep, keep < n ? "\u2026" : "");
    return u;
}

static void note_unknown(yk_ballot_marks *m, const char *s, size_t n, unsigned long line)
{
    unknown_note *u = unknown_note_of(m, s, n);
    m->unknown_cells++;
    if (u)
        note_line(&u->lines, line);
    else
        m->other_cells++;
}

yk_status yk_ballot_marks_read(yk_ballot_marks *m, const char *s, size_t n,
                               unsigned long line, yk_mark *mark)
{
    trim(&s, &n);
    *mark = YK_MARK_NONE;
    if (n == 0)
        return YK_OK;
    yk_status st = texts_of(m, s, n);
    if (st != YK_OK)
        return st;
    for (int w = 0; w < N_WAYS; w++) {
        yk_level l;
        if (level_of(m, w, m->text[w].data, m->text[w].len, &l)) {
            *mark = (yk_mark)l;
            if (w != AS_WRITTEN) {
                m->loose_cells++;
                note_line(&m->loose_lines, line);
            }
            return YK_OK;
        }
    }
    if (count_levels(m, AS_KEY, &m->text[AS_KEY]) >= 2 ||
        count_levels(m, AS_LOOSE, &m->text[AS_LOOSE]) >= 2) {
        *mark = YK_MARK_SEVERAL;
        return YK_OK;
    }
    *mark = YK_MARK_UNKNOWN;
    note_unknown(m, s, n, line);
    return YK_OK;
}

/* ---- the summaries ------------------------------------------------------- */

unsigned long yk_ballot_marks_unknown(const yk_ballot_marks *m, yk_buf *out)
{
    char more[96];
    for (size_t i = 0; i < m->n_unknown; i++) {
        const unknown_note *u = &m->unknown[i];
        int len = snprintf(more, sizeof more, "%s'", i ? "; " : "");
        if (yk_buf_append(out, more, (size_t)len) != YK_OK ||
            yk_buf_append(out, u->text, strlen(u->text)) != YK_OK ||
            yk_buf_append(out, u->lines.n > 1 ? "' (lines " : "' (line ",
                          u->lines.n > 1 ? 9 : 8) != YK_OK ||
            append_lines(&u->lines, out) != YK_OK || yk_buf_append(out, ")", 1) != YK_OK)
            return m->unknown_cells;
    }
    if (m->other_cells) {
        int len = snprintf(more, sizeof more, "; and %lu more cell%s with other marks",
                           m->other_cells, m->other_cells > 1 ? "s" : "");
        yk_buf_append(out, more, (size_t)len);
    }
    return m->unknown_cells;
}

unsigned long yk_ballot_marks_loose(const yk_ballot_marks *m, yk_buf *out,
                                    unsigned long *lines)
{
    append_lines(&m->loose_lines, out);
    *lines = m->loose_lines.n;
    return m->loose_cells;
}

void yk_ballot_marks_forget(yk_ballot_marks *m)
{
    m->n_unknown = 0;
    m->unknown_cells = m->other_cells = m->loose_cells = 0;
    memset(&m->loose_lines, 0, sizeof m->loose_lines);
}
