/* ykien — what Vietnamese text looks like: letters, syllables, scores.
 *
 * Works on code points from a small strict UTF-8 decoder; nothing is
 * allocated and nothing is kept, so every function is thread-safe. */
#include "yk_vietnamese.h"

#include <string.h>

/* Vowel then tone order: a ă â e ê i o ô ơ u ư y, each toneless (only
 * for the letters with a vowel mark) then huyền sắc hỏi ngã nặng; đ last. */
const char *const yk_vn_lower[67] = {
    "à", "á", "ả", "ã", "ạ",
    "ă", "ằ", "ắ", "ẳ", "ẵ", "ặ",
    "â", "ầ", "ấ", "ẩ", "ẫ", "ậ",
    "è", "é", "ẻ", "ẽ", "ẹ",
    "ê", "ề", "ế", "ể", "ễ", "ệ",
    "ì", "í", "ỉ", "ĩ", "ị",
    "ò", "ó", "ỏ", "õ", "ọ",
    "ô", "ồ", "ố", "ổ", "ỗ", "ộ",
    "ơ", "ờ", "ớ", "ở", "ỡ", "ợ",
    "ù", "ú", "ủ", "ũ", "ụ",
    "ư", "ừ", "ứ", "ử", "ữ", "ự",
    "ỳ", "ý", "ỷ", "ỹ", "ỵ",
    "đ",
};

const char *const yk_vn_upper[67] = {
    "À", "Á", "Ả", "Ã", "Ạ",
    "Ă", "Ằ", "Ắ", "Ẳ", "Ẵ", "Ặ",
    "Â", "Ầ", "Ấ", "Ẩ", "Ẫ", "Ậ",
    "È", "É", "Ẻ", "Ẽ", "Ẹ",
    "Ê", "Ề", "Ế", "Ể", "Ễ", "Ệ",
    "Ì", "Í", "Ỉ", "Ĩ", "Ị",
    "Ò", "Ó", "Ỏ", "Õ", "Ọ",
    "Ô", "Ồ", "Ố", "Ổ", "Ỗ", "Ộ",
    "Ơ", "Ờ", "Ớ", "Ở", "Ỡ", "Ợ",
    "Ù", "Ú", "Ủ", "Ũ", "Ụ",
    "Ư", "Ừ", "Ứ", "Ử", "Ữ", "Ự",
    "Ỳ", "Ý", "Ỷ", "Ỹ", "Ỵ",
    "Đ",
};

/* Tones, as returned by vn_fold. */
enum { T_NGANG, T_HUYEN, T_SAC, T_HOI, T_NGA, T_NANG };

/* Toneless lowercase vowels; a letter is folded to an index here. */
enum { V_A, V_AW, V_AA, V_E, V_EE, V_I, V_O, V_OO, V_OW, V_U, V_UW, V_Y,
       V_COUNT };
static const uint32_t vn_vowel_cp[V_COUNT] = {
    'a', 0x103, 0xE2, 'e', 0xEA, 'i', 'o', 0xF4, 0x1A1, 'u', 0x1B0, 'y'
};

/* A folded letter: toneless lowercase code point and tone. */
typedef struct {
    uint32_t base;
    int tone;
} vn_letter;

#define VT(v, t) (uint8_t)((v) << 3 | (t))

/* U+1EA0..U+1EF9 come in capital/small pairs: ạ ả ấ ầ ẩ ẫ ậ ắ ... ỹ. */
static const uint8_t vn_block_1ea0[45] = {
    VT(V_A, T_NANG), VT(V_A, T_HOI),
    VT(V_AA, T_SAC), VT(V_AA, T_HUYEN), VT(V_AA, T_HOI), VT(V_AA, T_NGA),
    VT(V_AA, T_NANG),
    VT(V_AW, T_SAC), VT(V_AW, T_HUYEN), VT(V_AW, T_HOI), VT(V_AW, T_NGA),
    VT(V_AW, T_NANG),
    VT(V_E, T_NANG), VT(V_E, T_HOI), VT(V_E, T_NGA),
    VT(V_EE, T_SAC), VT(V_EE, T_HUYEN), VT(V_EE, T_HOI), VT(V_EE, T_NGA),
    VT(V_EE, T_NANG),
    VT(V_I, T_HOI), VT(V_I, T_NANG),
    VT(V_O, T_NANG), VT(V_O, T_HOI),
    VT(V_OO, T_SAC), VT(V_OO, T_HUYEN), VT(V_OO, T_HOI), VT(V_OO, T_NGA),
    VT(V_OO, T_NANG),
    VT(V_OW, T_SAC), VT(V_OW, T_HUYEN), VT(V_OW, T_HOI), VT(V_OW, T_NGA),
    VT(V_OW, T_NANG),
    VT(V_U, T_NANG), VT(V_U, T_HOI),
    VT(V_UW, T_SAC), VT(V_UW, T_HUYEN), VT(V_UW, T_HOI), VT(V_UW, T_NGA),
    VT(V_UW, T_NANG),
    VT(V_Y, T_HUYEN), VT(V_Y, T_NANG), VT(V_Y, T_HOI), VT(V_Y, T_NGA),
};

/* Latin-1 capitals U+00C0..U+00DF (small letters are 0x20 above);
 * NO_LETTER marks letters Vietnamese does not use. */
#define NO_LETTER 0xFF
static const uint8_t vn_block_latin1[32] = {
    VT(V_A, T_HUYEN), VT(V_A, T_SAC), VT(V_AA, T_NGANG), VT(V_A, T_NGA),
    NO_LETTER, NO_LETTER, NO_LETTER, NO_LETTER,
    VT(V_E, T_HUYEN), VT(V_E, T_SAC), VT(V_EE, T_NGANG), NO_LETTER,
    VT(V_I, T_HUYEN), VT(V_I, T_SAC), NO_LETTER, NO_LETTER,
    NO_LETTER, NO_LETTER, VT(V_O, T_HUYEN), VT(V_O, T_SAC),
    VT(V_OO, T_NGANG), VT(V_O, T_NGA), NO_LETTER, NO_LETTER,
    NO_LETTER, VT(V_U, T_HUYEN), VT(V_U, T_SAC), NO_LETTER,
    NO_LETTER, VT(V_Y, T_SAC), NO_LETTER, NO_LETTER,
};

static int vn_unpack(uint8_t vt, vn_letter *l)
{
    if (vt == NO_LETTER)
        return 0;
    l->base = vn_vowel_cp[vt >> 3];
    l->tone = vt & 7;
    return 1;
}

/* Folds cp to its toneless lowercase letter and tone; 0 if not a letter. */
static int vn_fold(uint32_t cp, vn_letter *l)
{
    l->tone = T_NGANG;
    if (cp < 0x80) {
        l->base = cp | 0x20;
        return (l->base >= 'a' && l->base <= 'z');
    }
    if (cp >= 0xC0 && cp <= 0xFF)
        return vn_unpack(vn_block_latin1[(cp - 0xC0) & 0x1F], l);
    if (cp >= 0x1EA0 && cp <= 0x1EF9)
        return vn_unpack(vn_block_1ea0[(cp - 0x1EA0) / 2], l);
    switch (cp) {
    case 0x102: case 0x103: l->base = 0x103; return 1;         /* ă */
    case 0x110: case 0x111: l->base = 0x111; return 1;         /* đ */
    case 0x128: case 0x129: l->base = 'i'; l->tone = T_NGA; return 1;
    case 0x168: case 0x169: l->base = 'u'; l->tone = T_NGA; return 1;
    case 0x1A0: case 0x1A1: l->base = 0x1A1; return 1;         /* ơ */
    case 0x1AF: case 0x1B0: l->base = 0x1B0; return 1;         /* ư */
    default: return 0;
    }
}

int yk_vn_is_letter(uint32_t cp)
{
    vn_letter l;
    return vn_fold(cp, &l);
}

/* Decodes one strict UTF-8 character at s (n > 0 bytes left); returns its
 * length, or 0 for a bad byte (overlong, surrogate, truncated, > U+10FFFF). */
static size_t vn_utf8_next(const unsigned char *s, size_t n, uint32_t *cp)
{
    static const uint32_t min_cp[5] = { 0, 0, 0x80, 0x800, 0x10000 };
    size_t len = s[0] < 0x80 ? 1 : s[0] < 0xC2 ? 0 : s[0] < 0xE0 ? 2
               : s[0] < 0xF0 ? 3 : s[0] < 0xF5 ? 4 : 0;
    if (len == 0 || len > n)
        return 0;
    uint32_t c = len == 1 ? s[0] : s[0] & (0x7F >> len);
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        c = c << 6 | (s[i] & 0x3F);
    }
    if (c < min_cp[len] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *cp = c;
    return len;
}

/* ---- Syllables ---------------------------------------------------------- */

#define VN_MAX_LETTERS 7   /* "nghiêng" is the longest syllable */

/* Initial consonants, and the rhyme inventory (toneless), space-delimited so
 * that strstr on " x " is a membership test. */
static const char vn_onsets[] =
    " b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x ";
static const char vn_rhymes[] =
    " a ac ach ai am an ang anh ao ap at au ay"
    " ăc ăm ăn ăng ăp ăt"
    " âc âm ân âng âp ât âu ây"
    " e ec em en eng eo ep et"
    " ê êch êm ên ênh êp êt êu"
    " i ia ich im in inh ip it iu"
    " iêc iêm iên iêng iêp iêt iêu"
    " o oa oac oach oai oam oan oang oanh oao oap oat oay"
    " oăc oăm oăn oăng oăt oe oen oeo oet"
    " oc oi om on ong ooc oong op ot"
    " ô ôc ôi ôm ôn ông ôp ôt"
    " ơ ơi ơm ơn ơp ơt"
    " u ua uân uâng uât uây uc ue uê uêch uênh uy uya uych uyên uyêt uyn"
    " uynh uyp uyt uyu ui um un ung uơ uôc uôi uôm uôn uông uôt up ut"
    " ư ưa ưc ưi ưm ưn ưng ưt ưu ươ ươc ươi ươm ươn ương ươp ươt ươu"
    " y yêm yên yêng yêt yêu ";

/* A candidate rhyme: toneless letters, where its tone sits (if any) and
 * the first position a tone may take (the u of qu cannot carry one). */
typedef struct {
    uint32_t cp[VN_MAX_LETTERS + 1];
    size_t len;
    int tone_at;
    int tone_min;
} vn_rhyme;

static int vn_is_vowel(uint32_t b)
{
    for (int v = 0; v < V_COUNT; v++)
        if (vn_vowel_cp[v] == b)
            return 1;
    return 0;
}

static int vn_has_vowel_mark(uint32_t b)
{
    return b == 0x103 || b == 0xE2 || b == 0xEA || b == 0xF4 || b == 0x1A1
        || b == 0x1B0;
}

/* Nonzero when " cps " occurs in list. */
static int vn_in_list(const char *list, const uint32_t *cps, size_t n)
{
    char key[2 + 2 * VN_MAX_LETTERS + 2];
    size_t k = 0;
    key[k++] = ' ';
    for (size_t i = 0; i < n; i++) {
        if (cps[i] < 0x80) {
            key[k++] = (char)cps[i];
        } else {               /* all folded letters are below U+0800 */
            key[k++] = (char)(0xC0 | cps[i] >> 6);
            key[k++] = (char)(0x80 | (cps[i] & 0x3F));
        }
    }
    key[k++] = ' ';
    key[k] = '\0';
    return strstr(list, key) != NULL;
}

/* Where the tone of rhyme r may go: on the last vowel with a mark (ươ takes
 * it on ơ); else on the last vowel before a final consonant; else on the
 * first vowel, the middle of three, and either of oa oe uy (hoà, hòa). */
static int vn_tone_place_ok(const vn_rhyme *r)
{
    size_t nv = 0;
    int marked = -1;
    while (nv < r->len && vn_is_vowel(r->cp[nv])) {
        if (vn_has_vowel_mark(r->cp[nv]))
            marked = (int)nv;
        nv++;
    }
    int at = r->tone_at;
    if (marked >= 0)
        return at == marked;
    if (nv < r->len)
        return at == (int)nv - 1;
    if (nv == 3)
        return at == 1;
    if (nv == 2 && ((r->cp[0] == 'o' && (r->cp[1] == 'a' || r->cp[1] == 'e'))
                    || (r->cp[0] == 'u' && r->cp[1] == 'y')))
        return at == 0 || at == 1;
    return at == 0;
}

static int vn_ends_in_stop(const vn_rhyme *r)
{
    uint32_t last = r->cp[r->len - 1];
    return last == 'c' || last == 'p' || last == 't'
        || (last == 'h' && r->len >= 2 && r->cp[r->len - 2] == 'c');
}

static int vn_rhyme_ok(const vn_rhyme *r, int tone)
{
    if (r->len == 0 || !vn_in_list(vn_rhymes, r->cp, r->len))
        return 0;
    if (vn_ends_in_stop(r) && tone != T_SAC && tone != T_NANG)
        return 0;
    if (tone == T_NGANG)
        return 1;
    return r->tone_at >= r->tone_min && vn_tone_place_ok(r);
}

/* Rhyme made of letters[from..n), behind the glide u of qu when prefix is
 * set; tone_at is moved from word to rhyme positions. */
static void vn_rhyme_from(vn_rhyme *r, const vn_letter *w, size_t n,
                          size_t from, uint32_t prefix, int tone_at)
{
    size_t origin = from - (prefix != 0);
    r->len = 0;
    r->tone_min = prefix != 0;
    if (prefix)
        r->cp[r->len++] = prefix;
    for (size_t i = from; i < n; i++)
        r->cp[r->len++] = w[i].base;
    r->tone_at = tone_at - (int)origin;
}

static int vn_try(const vn_letter *w, size_t n, size_t from, uint32_t prefix,
                  int tone, int tone_at)
{
    vn_rhyme r;
    vn_rhyme_from(&r, w, n, from, prefix, tone_at);
    return vn_rhyme_ok(&r, tone);
}

/* Spelling rules: k gh ngh before i e ê (k also before y); c g ng not. */
static int vn_onset_fits(const vn_letter *w, size_t onset_len)
{
    uint32_t v = w[onset_len].base;
    int front = v == 'i' || v == 'e' || v == 0xEA;
    uint32_t c0 = w[0].base;
    if (onset_len == 1 && c0 == 'k')
        return front || v == 'y';
    if ((onset_len == 2 && c0 == 'g') || onset_len == 3)   /* gh ngh */
        return front;
    if ((onset_len == 1 && (c0 == 'c' || c0 == 'g'))
        || (onset_len == 2 && c0 == 'n' && w[1].base == 'g'))
        return !front && v != 'y';
    return 1;
}

/* gi + rhyme (giữa, già), or gi sharing its i with the rhyme (gì, gìn,
 * giếng for gi + iêng). */
static int vn_gi_ok(const vn_letter *w, size_t n, int tone, int tone_at)
{
    if (n > 2 && vn_is_vowel(w[2].base) && w[2].base != 'i'
        && vn_try(w, n, 2, 0, tone, tone_at))
        return 1;
    if (n == 2 || !vn_is_vowel(w[2].base) || w[2].base == 0xEA)
        return vn_try(w, n, 1, 0, tone, tone_at);
    return 0;
}

/* qu + rhyme: the u is the glide of uy uê uân uôc... (quý, quốc, quyền),
 * or qu stands before a ă e ê i y (qua, quăn, quen, quên, quy). */
static int vn_qu_ok(const vn_letter *w, size_t n, int tone, int tone_at)
{
    if (n < 3 || !vn_is_vowel(w[2].base))
        return 0;
    if (vn_try(w, n, 2, 'u', tone, tone_at))
        return 1;
    uint32_t v = w[2].base;
    if (v == 'a' || v == 0x103 || v == 'e' || v == 0xEA || v == 'i'
        || v == 'y')
        return vn_try(w, n, 2, 0, tone, tone_at);
    return 0;
}

static int vn_syllable_ok(const vn_letter *w, size_t n, int tone, int tone_at)
{
    size_t on = 0;
    uint32_t cps[VN_MAX_LETTERS];
    while (on < n && !vn_is_vowel(w[on].base)) {
        cps[on] = w[on].base;
        on++;
    }
    if (on == n)
        return 0;
    if (on == 1 && w[0].base == 'g' && w[1].base == 'i')
        return vn_gi_ok(w, n, tone, tone_at);
    if (on == 1 && w[0].base == 'q')
        return w[1].base == 'u' && vn_qu_ok(w, n, tone, tone_at);
    if (on > 0 && (!vn_in_list(vn_onsets, cps, on) || !vn_onset_fits(w, on)))
        return 0;
    return vn_try(w, n, on, 0, tone, tone_at);
}

int yk_vn_syllable_valid(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    vn_letter w[VN_MAX_LETTERS];
    size_t nl = 0;
    int tone = T_NGANG, tone_at = -1;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t len = vn_utf8_next(p + i, n - i, &cp);
        if (len == 0 || nl == VN_MAX_LETTERS || !vn_fold(cp, &w[nl]))
            return 0;
        if (w[nl].tone != T_NGANG) {
            if (tone != T_NGANG)
                return 0;             /* two tone marks */
            tone = w[nl].tone;
            tone_at = (int)nl;
        }
        nl++;
        i += len;
    }
    return nl > 0 && vn_syllable_ok(w, nl, tone, tone_at);
}

/* ---- Scoring ------------------------------------------------------------ */

/* Non-letters that occur in ordinary Vietnamese text besides ASCII. */
static int vn_punctuation_ok(uint32_t cp)
{
    switch (cp) {
    case 0x00A0: case 0x00AB: case 0x00B0: case 0x00BB:   /* nbsp « ° » */
    case 0x2009: case 0x202F: case 0xFEFF:    /* thin spaces, BOM */
    case 0x2018: case 0x2019: case 0x201C: case 0x201D:   /* ‘ ’ “ ” */
    case 0x2022: case 0x2026: case 0x20AB:                /* • … ₫ */
        return 1;
    default:
        return cp >= 0x2010 && cp <= 0x2015;    /* hyphens and dashes */
    }
}

static int vn_is_combining(uint32_t cp)
{
    return cp >= 0x300 && cp <= 0x36F;
}

static int vn_foreign(uint32_t cp)
{
    if (cp < 0x20)
        return cp != '\t' && cp != '\n' && cp != '\r';
    if (cp < 0x7F)
        return 0;
    return !vn_punctuation_ok(cp);
}

/* The word being read: where it starts and whether it is worth scoring. */
typedef struct {
    size_t start;
    int open;
    int scored;     /* holds a non-ASCII letter or a combining mark */
    int marked;     /* holds a combining mark: never a valid NFC syllable */
} vn_word;

static void vn_word_end(const char *s, size_t end, vn_word *w,
                        yk_vn_score *score)
{
    if (w->open && w->scored) {
        if (!w->marked && yk_vn_syllable_valid(s + w->start, end - w->start))
            score->valid++;
        else
            score->invalid++;
    }
    w->open = w->scored = w->marked = 0;
}

void yk_vn_score_text(const char *s, size_t n, yk_vn_score *score)
{
    const unsigned char *p = (const unsigned char *)s;
    vn_word w = { 0, 0, 0, 0 };
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t len = vn_utf8_next(p + i, n - i, &cp);
        int letter = len > 0 && yk_vn_is_letter(cp);
        int mark = len > 0 && vn_is_combining(cp);
        if (letter || mark) {
            if (!w.open) {
                w.open = 1;
                w.start = i;
            }
            w.scored |= cp >= 0x80;
            w.marked |= mark;
        } else {
            vn_word_end(s, i, &w, score);
        }
        if (len == 0 || mark || (!letter && vn_foreign(cp)))
            score->foreign++;
        i += len ? len : 1;
    }
    vn_word_end(s, n, &w, score);
}

long yk_vn_score_value(const yk_vn_score *score)
{
    return (long)score->valid - (long)score->invalid - (long)score->foreign;
}
