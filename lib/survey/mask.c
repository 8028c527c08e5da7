/* Personal data out of open answers (yk_mask.h). */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "yk_grow.h"
#include "yk_index.h"
#include "yk_mask.h"
#include "yk_text.h"

/* A name syllable's loose key is at most this long (a Vietnamese
 * syllable has at most 7 letters); a longer syllable is no name. */
enum { SYLLABLE_MAX = 64 };
/* A person's name has a few syllables; a "name" of more is a mistake in
 * the names file, refused rather than searched for. */
enum { NAME_MAX_SYLLABLES = 16 };

enum { ANYWHERE, AFTER_TITLE };

/* Latin-1 Supplement to Latin Extended-B, and Latin Extended Additional
 * (where ạ ả ấ ... live). */
enum { LATIN1_START = 0xC0, LATIN1_END = 0x250, VIET_START = 0x1E00, VIET_END = 0x1F00 };

static unsigned char base_letter(uint32_t cp)
{
    utf8proc_int32_t d[8];
    int last = 0;
    if (cp == 0x111 || cp == 0x110)
        return 'd';             /* đ has no decomposition: it is d loosely */
    utf8proc_ssize_t k = utf8proc_decompose_char((utf8proc_int32_t)cp, d, 8, UTF8PROC_DECOMPOSE,
                                                 &last);
    if (k < 1 || d[0] >= 0x80)
        return 0;
    return (unsigned char)utf8proc_tolower(d[0]);
}

/* A sequence of syllables that is masked: a whole name, a name without
 * its family name, or a given name after a title. */
typedef struct {
    size_t first, n;        /* its keys: keys[first .. first+n-1] */
    int kind;
    size_t next;            /* the next pattern of the same first key, or SIZE_MAX */
} pattern;

struct yk_mask {
    yk_index index;         /* the first pattern of each first key, by its hash */
    pattern *p;
    size_t n_p, cap_p;
    size_t *key;            /* offsets of the patterns' keys in keys */
    size_t n_key, cap_key;
    yk_buf keys;            /* loose keys, NUL-terminated */
    size_t names;
    size_t longest;         /* syllables of the longest pattern */
    /* The base letter of each Latin letter with marks (0: none), so a
     * syllable's loose key is made without a call into utf8proc: it is
     * made for every syllable of every answer. */
    unsigned char latin1[LATIN1_END - LATIN1_START];
    unsigned char viet[VIET_END - VIET_START];
};

yk_status yk_mask_new(yk_mask **out)
{
    yk_mask *m = calloc(1, sizeof *m);
    if (!m)
        return YK_ERR_NOMEM;
    for (uint32_t cp = LATIN1_START; cp < LATIN1_END; cp++)
        m->latin1[cp - LATIN1_START] = base_letter(cp);
    for (uint32_t cp = VIET_START; cp < VIET_END; cp++)
        m->viet[cp - VIET_START] = base_letter(cp);
    *out = m;
    return YK_OK;
}

void yk_mask_free(yk_mask *m)
{
    if (!m)
        return;
    yk_index_free(&m->index);
    free(m->p);
    free(m->key);
    yk_buf_free(&m->keys);
    free(m);
}

size_t yk_mask_n_names(const yk_mask *m) { return m ? m->names : 0; }

static const char *key_of(const yk_mask *m, size_t k) { return m->keys.data + m->key[k]; }

static int same_first(const void *ctx, size_t item, const void *key)
{
    const yk_mask *m = ctx;
    return strcmp(key_of(m, m->p[item].first), key) == 0;
}

static yk_status add_key(yk_mask *m, const char *k, size_t len)
{
    yk_status st = yk_grow(&m->key, &m->cap_key, m->n_key + 1, sizeof *m->key);
    size_t off = m->keys.len;
    if (st == YK_OK)
        st = yk_buf_append(&m->keys, k, len);
    if (st == YK_OK)
        st = yk_buf_append(&m->keys, "", 1);
    if (st == YK_OK)
        m->key[m->n_key++] = off;
    return st;
}

/* Whether the chain from head already holds keys of ws[i..i+n) as kind. */
static int has_pattern(const yk_mask *m, size_t head, const yk_words *ws, size_t i, size_t n,
                       int kind)
{
    for (size_t q = head; q != SIZE_MAX; q = m->p[q].next) {
        const pattern *p = &m->p[q];
        if (p->n != n || p->kind != kind)
            continue;
        size_t j = 0;
        while (j < n && strcmp(key_of(m, p->first + j), yk_words_key(ws, i + j)) == 0)
            j++;
        if (j == n)
            return 1;
    }
    return 0;
}

/* Mask syllables i..i+n-1 of name ws (split loose) as kind. */
static yk_status add_pattern(yk_mask *m, const yk_words *ws, size_t i, size_t n, int kind)
{
    const char *first = yk_words_key(ws, i);
    uint64_t h = yk_hash(YK_HASH_BASIS, first, ws->w[i].key_len);
    size_t head = yk_index_find(&m->index, h, same_first, m, first);
    if (head != YK_INDEX_NONE && has_pattern(m, head, ws, i, n, kind))
        return YK_OK;
    yk_status st = yk_grow(&m->p, &m->cap_p, m->n_p + 1, sizeof *m->p);
    if (st == YK_OK && head == YK_INDEX_NONE)
        st = yk_index_reserve(&m->index, m->index.count + 1);
    if (st != YK_OK)
        return st;
    pattern p = { m->n_key, n, kind, SIZE_MAX };
    for (size_t j = i; j < i + n && st == YK_OK; j++)
        st = add_key(m, yk_words_key(ws, j), ws->w[j].key_len);
    if (st != YK_OK)
        return st;
    if (head == YK_INDEX_NONE) {
        if ((st = yk_index_add(&m->index, h, m->n_p)) != YK_OK)
            return st;
    } else {
        /* Behind the head: the index keeps pointing at it. */
        p.next = m->p[head].next;
        m->p[head].next = m->n_p;
    }
    m->p[m->n_p++] = p;
    if (n > m->longest)
        m->longest = n;
    return YK_OK;
}

/* Split name into ws (loose): YK_ERR_ARGUMENT when it has fewer than
 * least or more than NAME_MAX_SYLLABLES syllables, or one too long. */
static yk_status split_name(const char *name, size_t least, yk_words *ws)
{
    yk_status st = yk_words_split(name, strlen(name), 1, ws);
    if (st == YK_OK && (ws->n < least || ws->n > NAME_MAX_SYLLABLES))
        st = YK_ERR_ARGUMENT;
    for (size_t i = 0; st == YK_OK && i < ws->n; i++)
        if (ws->w[i].key_len >= SYLLABLE_MAX)
            st = YK_ERR_ARGUMENT;
    return st;
}

yk_status yk_mask_add_name(yk_mask *m, const char *name)
{
    yk_words ws = { 0 };
    yk_status st = split_name(name, 1, &ws);
    size_t n = ws.n;
    /* "Nguyễn Văn Hải": the whole name, "Văn Hải", and "anh Hải". */
    if (st == YK_OK && n >= 2)
        st = add_pattern(m, &ws, 0, n, ANYWHERE);
    if (st == YK_OK && n >= 3)
        st = add_pattern(m, &ws, 1, n - 1, ANYWHERE);
    if (st == YK_OK)
        st = add_pattern(m, &ws, n - 1, 1, AFTER_TITLE);
    if (st == YK_OK)
        m->names++;
    yk_words_free(&ws);
    return st;
}

yk_status yk_mask_add_place(yk_mask *m, const char *name)
{
    yk_words ws = { 0 };
    yk_status st = split_name(name, 2, &ws);
    if (st == YK_OK)
        st = add_pattern(m, &ws, 0, ws.n, ANYWHERE);
    if (st == YK_OK)
        m->names++;
    yk_words_free(&ws);
    return st;
}

/* Spans of personal data found in one text: on the stack for the usual
 * few, on the heap past them. */
typedef struct {
    size_t start, end;
} span;

typedef struct {
    span *v;
    size_t n, cap;
    span stack[32];
} spans;

static yk_status add_span(spans *sp, size_t start, size_t end)
{
    if (sp->n == sp->cap) {
        size_t cap = sp->cap * 2;
        span *v = sp->v == sp->stack ? malloc(cap * sizeof *v) : realloc(sp->v, cap * sizeof *v);
        if (!v)
            return YK_ERR_NOMEM;
        if (sp->v == sp->stack)
            memcpy(v, sp->stack, sizeof sp->stack);
        sp->v = v, sp->cap = cap;
    }
    sp->v[sp->n++] = (span){ start, end };
    return YK_OK;
}

/* ---- numbers: phones and ID cards ---- */

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_number_sep(char c) { return c == ' ' || c == '.' || c == '-' || c == '(' || c == ')'; }

enum { GROUPS_MAX = 24 };

/* A run of digit groups, each two apart by one or two separators
 * ("0912 345 678", "(0297) 3862 123"). */
typedef struct {
    span g[GROUPS_MAX];
    size_t n;
} number;

static size_t read_number(const char *s, size_t n, size_t i, number *num)
{
    num->n = 0;
    for (;;) {
        size_t start = i;
        while (i < n && is_digit(s[i]))
            i++;
        num->g[num->n++] = (span){ start, i };
        size_t k = i;
        while (k < n && k - i < 2 && is_number_sep(s[k]))
            k++;
        if (num->n == GROUPS_MAX || k == i || k >= n || !is_digit(s[k]))
            return i;
        i = k;
    }
}

/* "1.000.000.000", "50.000": thousands grouped by dots, which a phone
 * number written with dots never is (it starts with 0). */
static int is_amount(const char *s, const number *num)
{
    if (num->n < 2)
        return 0;
    size_t first = num->g[0].end - num->g[0].start;
    if (first > 3 || s[num->g[0].start] == '0')
        return 0;
    for (size_t j = 1; j < num->n; j++)
        if (num->g[j].end - num->g[j].start != 3 || num->g[j].start != num->g[j - 1].end + 1 ||
            s[num->g[j - 1].end] != '.')
            return 0;
    return 1;
}

static int starts_phone(const char *s, const span *g)
{
    size_t len = g->end - g->start;
    return s[g->start] == '0' || (len >= 2 && s[g->start] == '8' && s[g->start + 1] == '4') ||
           (g->start > 0 && s[g->start - 1] == '+');
}

/* The phone in a run: from the first group that starts like one (0, 84,
 * +84) to the run's end, when that holds 9 digits or more. */
static yk_status mask_phone(const char *s, size_t n, const number *num, spans *sp, int *found)
{
    *found = 0;
    for (size_t j = 0; j < num->n; j++) {
        if (!starts_phone(s, &num->g[j]))
            continue;
        size_t digits = 0;
        for (size_t k = j; k < num->n; k++)
            digits += num->g[k].end - num->g[k].start;
        if (digits < 9)
            continue;
        size_t start = num->g[j].start, end = num->g[num->n - 1].end;
        if (start > 0 && (s[start - 1] == '+' || s[start - 1] == '('))
            start--;
        if (end < n && s[end] == ')')
            end++;
        *found = 1;
        return add_span(sp, start, end);
    }
    return YK_OK;
}

static yk_status mask_number(const char *s, size_t n, const number *num, spans *sp)
{
    if (is_amount(s, num))
        return YK_OK;
    int found;
    yk_status st = mask_phone(s, n, num, sp, &found);
    /* An ID card's 9 or 12 digits, or any long run typed together. */
    for (size_t j = 0; st == YK_OK && !found && j < num->n; j++)
        if (num->g[j].end - num->g[j].start >= 9)
            st = add_span(sp, num->g[j].start, num->g[j].end);
    return st;
}

static yk_status find_numbers(const char *s, size_t n, spans *sp)
{
    number num;
    for (size_t i = 0; i < n;) {
        if (!is_digit(s[i])) {
            i++;
            continue;
        }
        i = read_number(s, n, i, &num);
        yk_status st = mask_number(s, n, &num, sp);
        if (st != YK_OK)
            return st;
    }
    return YK_OK;
}

/* ---- e-mail addresses ---- */

static int is_alnum(char c)
{
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static int is_local_char(char c) { return is_alnum(c) || strchr("._%+-", c) != NULL; }
static int is_domain_char(char c) { return is_alnum(c) || c == '.' || c == '-'; }

static yk_status find_emails(const char *s, size_t n, spans *sp)
{
    for (const char *at = memchr(s, '@', n); at; at = memchr(at + 1, '@', n - (size_t)(at + 1 - s))) {
        size_t a = (size_t)(at - s), l = a, r = a + 1;
        while (l > 0 && s[l - 1] && is_local_char(s[l - 1]))
            l--;
        while (r < n && s[r] && is_domain_char(s[r]))
            r++;
        while (r > a + 1 && (s[r - 1] == '.' || s[r - 1] == '-'))
            r--;            /* the sentence's full stop */
        const char *dot = memchr(s + a + 1, '.', r - a - 1);
        if (l < a && dot && dot > s + a + 1 && dot < s + r - 1) {
            yk_status st = add_span(sp, l, r);
            if (st != YK_OK)
                return st;
        }
        if (a + 1 >= n)
            break;
    }
    return YK_OK;
}

/* ---- names ---- */

/* Code point cp without its marks, and 0 for a mark itself. */
static uint32_t loose_char(const yk_mask *m, uint32_t cp)
{
    if (cp < 0x80)
        return cp;
    if (cp >= LATIN1_START && cp < LATIN1_END && m->latin1[cp - LATIN1_START])
        return m->latin1[cp - LATIN1_START];
    if (cp >= VIET_START && cp < VIET_END && m->viet[cp - VIET_START])
        return m->viet[cp - VIET_START];
    if (cp >= 0x300 && cp < 0x370)
        return 0;               /* a combining mark of decomposed text */
    return cp;
}

/* The loose key of syllable i (marks off, đ as d) into buf: the key
 * itself when ws was split loose.  NULL when longer than any name's. */
static const char *loose_key(const yk_mask *m, const yk_words *ws, size_t i,
                             char buf[SYLLABLE_MAX], size_t *len)
{
    const char *k = yk_words_key(ws, i);
    size_t n = ws->w[i].key_len, o = 0;
    if (ws->loose || n >= SYLLABLE_MAX) {
        *len = n;
        return n < SYLLABLE_MAX ? k : NULL;
    }
    for (size_t j = 0; j < n;) {
        uint32_t cp = (unsigned char)k[j];
        size_t l = 1;
        if (cp >= 0x80 && !(l = yk_utf8_next(k + j, n - j, &cp)))
            return NULL;
        j += l;
        cp = loose_char(m, cp);
        if (cp < 0x80) {
            if (cp)
                buf[o++] = (char)cp;
            continue;
        }
        utf8proc_uint8_t u[4];
        utf8proc_ssize_t ul = utf8proc_encode_char((utf8proc_int32_t)cp, u);
        if (o + (size_t)ul >= SYLLABLE_MAX)
            return NULL;
        memcpy(buf + o, u, (size_t)ul);
        o += (size_t)ul;
    }
    buf[o] = '\0';
    *len = o;
    return buf;
}

static int loose_is(const yk_mask *m, const yk_words *ws, size_t i, const char *key)
{
    char buf[SYLLABLE_MAX];
    size_t len;
    const char *k = loose_key(m, ws, i, buf, &len);
    return k && strcmp(k, key) == 0;
}

/* Syllable i of text s in lower case, marks kept, into buf ("" when too
 * long): a title is read as written, so "có Hải" is not "cô Hải". */
static const char *lower(const char *s, const yk_words *ws, size_t i, char buf[SYLLABLE_MAX],
                         int *ascii)
{
    yk_buf b = { 0 };
    buf[0] = '\0';
    *ascii = 1;
    if (ws->w[i].end - ws->w[i].start >= SYLLABLE_MAX / 2)
        return buf;
    if (yk_words_lower(s, ws->w[i].start, ws->w[i].end, &b) == YK_OK && b.len < SYLLABLE_MAX) {
        memcpy(buf, b.data, b.len);
        buf[b.len] = '\0';
        *ascii = yk_text_is_ascii(buf, b.len);
    }
    yk_buf_free(&b);
    return buf;
}

/* Whether a title stands before syllable i: "anh Hải", "đ/c Hải", "đc
 * Hải", or without accents "anh Hai", "d/c Hai".  Accentless spellings
 * count only when the word has no marks at all, so "có Hải" is not "cô
 * Hải". */
static int title_before(const char *s, const yk_words *ws, size_t i)
{
    static const char *const one[] = { "anh", "chị", "em", "ông", "bà", "cô", "chú",
                                       "bác", "thầy", "bạn", "đc", NULL };
    static const char *const one_ascii[] = { "anh", "chi", "em", "ong", "ba", "co", "chu",
                                             "bac", "thay", "ban", "dc", NULL };
    char a[SYLLABLE_MAX], b[SYLLABLE_MAX];
    int ascii_a, ascii_b;
    if (i == 0)
        return 0;
    lower(s, ws, i - 1, b, &ascii_b);
    for (size_t t = 0; one[t]; t++)
        if (strcmp(b, one[t]) == 0 || (ascii_b && strcmp(b, one_ascii[t]) == 0))
            return 1;
    if (i < 2)
        return 0;
    lower(s, ws, i - 2, a, &ascii_a);
    int ascii = ascii_a && ascii_b;
    return (strcmp(a, "đồng") == 0 && strcmp(b, "chí") == 0) ||
           (strcmp(a, "đ") == 0 && strcmp(b, "c") == 0) ||
           (ascii && ((strcmp(a, "dong") == 0 && strcmp(b, "chi") == 0) ||
                      (strcmp(a, "d") == 0 && strcmp(b, "c") == 0)));
}

/* How many syllables from i a pattern masks (0: none), the longest. */
static size_t match_at(const yk_mask *m, const char *s, const yk_words *ws, size_t i)
{
    char buf[SYLLABLE_MAX];
    size_t len;
    if (ws->w[i].flags & YK_WORD_DIGITS)
        return 0;
    const char *k = loose_key(m, ws, i, buf, &len);
    if (!k)
        return 0;
    size_t q = yk_index_find(&m->index, yk_hash(YK_HASH_BASIS, k, len), same_first, m, k);
    size_t best = 0;
    for (; q != YK_INDEX_NONE && q != SIZE_MAX; q = m->p[q].next) {
        const pattern *p = &m->p[q];
        if (p->n <= best || i + p->n > ws->n)
            continue;
        size_t j = 1;
        while (j < p->n && loose_is(m, ws, i + j, key_of(m, p->first + j)))
            j++;
        if (j == p->n && (p->kind == ANYWHERE || title_before(s, ws, i)))
            best = p->n;
    }
    return best;
}

/* The names among syllables ws of text s, whose bytes start at base in
 * the whole text. */
static yk_status names_in(const yk_mask *m, const char *s, const yk_words *ws, size_t base,
                          spans *sp)
{
    for (size_t i = 0; i < ws->n;) {
        size_t k = match_at(m, s, ws, i);
        if (!k) {
            i++;
            continue;
        }
        yk_status st = add_span(sp, base + ws->w[i].start, base + ws->w[i + k - 1].end);
        if (st != YK_OK)
            return st;
        i += k;
    }
    return YK_OK;
}

/* A text longer than YK_WORDS_MAX syllables is split again from a few
 * syllables before where the last split stopped (a name and its title
 * may straddle it), so no name past them is left unmasked. */
static yk_status find_names(const yk_mask *m, const char *s, size_t n, const yk_words *ws,
                            spans *sp)
{
    yk_status st = names_in(m, s, ws, 0, sp);
    size_t keep = m->longest + 2, off = 0;
    yk_words more = { 0 };
    const yk_words *last = ws;
    while (st == YK_OK && last->n == YK_WORDS_MAX) {
        off += last->w[last->n - keep].start;
        st = yk_words_split(s + off, n - off, ws->loose, &more);
        if (st == YK_OK)
            st = names_in(m, s + off, &more, off, sp);
        last = &more;
    }
    yk_words_free(&more);
    return st;
}

/* ---- the masked text ---- */

static int by_start(const void *x, const void *y)
{
    const span *a = x, *b = y;
    return a->start < b->start ? -1 : a->start > b->start;
}

/* out: s with each span, merged with those it touches or overlaps, as
 * YK_MASK_TEXT.  *merged gets how many were written. */
static yk_status write_masked(const char *s, size_t n, spans *sp, yk_buf *out, size_t *merged)
{
    qsort(sp->v, sp->n, sizeof *sp->v, by_start);
    size_t at = 0, count = 0;
    for (size_t i = 0; i < sp->n;) {
        size_t start = sp->v[i].start, end = sp->v[i].end;
        for (i++; i < sp->n && sp->v[i].start <= end; i++)
            if (sp->v[i].end > end)
                end = sp->v[i].end;
        yk_status st = yk_buf_append(out, s + at, start - at);
        if (st == YK_OK)
            st = yk_buf_append(out, YK_MASK_TEXT, sizeof YK_MASK_TEXT - 1);
        if (st != YK_OK)
            return st;
        at = end;
        count++;
    }
    *merged = count;
    return yk_buf_append(out, s + at, n - at);
}

static int has_digit_or_at(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (is_digit(s[i]) || s[i] == '@')
            return 1;
    return 0;
}

/* The names in s once its numbers and addresses (the spans sp has) are
 * spaces: a name glued to one, "Nguyễn Văn An0912345678", is a name of
 * its own.  The same length, so the names' spans are s's. */
static yk_status find_names_around(const yk_mask *m, const char *s, size_t n, int loose,
                                   spans *sp)
{
    char *blank = malloc(n ? n : 1);
    if (!blank)
        return YK_ERR_NOMEM;
    memcpy(blank, s, n);
    for (size_t i = 0; i < sp->n; i++)
        memset(blank + sp->v[i].start, ' ', sp->v[i].end - sp->v[i].start);
    yk_words ws = { 0 };
    yk_status st = yk_words_split(blank, n, loose, &ws);
    if (st == YK_OK)
        st = find_names(m, blank, n, &ws, sp);
    yk_words_free(&ws);
    free(blank);
    return st;
}

static yk_status find_spans(const yk_mask *m, const char *s, size_t n, const yk_words *ws,
                            spans *sp)
{
    yk_status st = YK_OK;
    if (has_digit_or_at(s, n)) {
        st = find_numbers(s, n, sp);
        if (st == YK_OK && memchr(s, '@', n))
            st = find_emails(s, n, sp);
    }
    if (st != YK_OK || !ws)
        return st;
    return sp->n ? find_names_around(m, s, n, ws->loose, sp) : find_names(m, s, n, ws, sp);
}

yk_status yk_mask_text(const yk_mask *m, const char *s, size_t n, int loose,
                       yk_words *words, yk_buf *out, size_t *spans_out)
{
    yk_buf_clear(out);
    if (spans_out)
        *spans_out = 0;
    int names = m && m->n_p;
    yk_words own = { 0 }, *ws = words ? words : names ? &own : NULL;
    spans sp = { NULL, 0, sizeof sp.stack / sizeof sp.stack[0], { { 0, 0 } } };
    sp.v = sp.stack;
    /* The text's own syllables are the masked text's when nothing is
     * masked, the usual case: one split. */
    yk_status st = ws ? yk_words_split(s, n, loose, ws) : YK_OK;
    if (st == YK_OK)
        st = find_spans(names ? m : NULL, s, n, names ? ws : NULL, &sp);
    size_t merged = 0;
    if (st == YK_OK)
        st = write_masked(s, n, &sp, out, &merged);
    if (st == YK_OK && merged && words)
        st = yk_words_split(out->data, out->len, loose, words);
    if (st == YK_OK && spans_out)
        *spans_out = merged;
    if (sp.v != sp.stack)
        free(sp.v);
    yk_words_free(&own);
    return st;
}
