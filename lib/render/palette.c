/* ykien — the colours of charts: colour-blind safe, readable in grey. */
#include "yk_chart.h"

/* Okabe & Ito (2008), "Color Universal Design": orange, sky blue, bluish
 * green, yellow, blue, vermillion, reddish purple, black. */
static const yk_rgb okabe_ito[] = {
    { 0xE6, 0x9F, 0x00 }, { 0x56, 0xB4, 0xE9 }, { 0x00, 0x9E, 0x73 }, { 0xF0, 0xE4, 0x42 },
    { 0x00, 0x72, 0xB2 }, { 0xD5, 0x5E, 0x00 }, { 0xCC, 0x79, 0xA7 }, { 0x00, 0x00, 0x00 },
};

yk_rgb yk_palette_category(size_t i)
{
    return okabe_ito[i % (sizeof okabe_ito / sizeof okabe_ito[0])];
}

#define C(hex) { (hex) >> 16 & 0xFF, (hex) >> 8 & 0xFF, (hex) & 0xFF }

/* ColorBrewer 2.0 (Brewer, Penn State), RdBu, 3 to 11 classes; the
 * 2-class scale is the 3-class one without its middle. */
static const yk_rgb rdbu[][11] = {
    { C(0xef8a62), C(0x67a9cf) },
    { C(0xef8a62), C(0xf7f7f7), C(0x67a9cf) },
    { C(0xca0020), C(0xf4a582), C(0x92c5de), C(0x0571b0) },
    { C(0xca0020), C(0xf4a582), C(0xf7f7f7), C(0x92c5de), C(0x0571b0) },
    { C(0xb2182b), C(0xef8a62), C(0xfddbc7), C(0xd1e5f0), C(0x67a9cf), C(0x2166ac) },
    { C(0xb2182b), C(0xef8a62), C(0xfddbc7), C(0xf7f7f7), C(0xd1e5f0), C(0x67a9cf),
      C(0x2166ac) },
    { C(0xb2182b), C(0xd6604d), C(0xf4a582), C(0xfddbc7), C(0xd1e5f0), C(0x92c5de),
      C(0x4393c3), C(0x2166ac) },
    { C(0xb2182b), C(0xd6604d), C(0xf4a582), C(0xfddbc7), C(0xf7f7f7), C(0xd1e5f0),
      C(0x92c5de), C(0x4393c3), C(0x2166ac) },
    { C(0x67001f), C(0xb2182b), C(0xd6604d), C(0xf4a582), C(0xfddbc7), C(0xd1e5f0),
      C(0x92c5de), C(0x4393c3), C(0x2166ac), C(0x053061) },
    { C(0x67001f), C(0xb2182b), C(0xd6604d), C(0xf4a582), C(0xfddbc7), C(0xf7f7f7),
      C(0xd1e5f0), C(0x92c5de), C(0x4393c3), C(0x2166ac), C(0x053061) },
};

yk_status yk_palette_diverging(size_t n, size_t level, yk_rgb *out)
{
    if (n < 2 || n > 11 || level >= n)
        return YK_ERR_ARGUMENT;
    *out = rdbu[n - 2][level];
    return YK_OK;
}

/* ColorBrewer 2.0 (Brewer, Penn State), YlGnBu, 9 classes: sequential,
 * colour-blind safe, its lightness falling steadily, so it reads in grey. */
static const yk_rgb ylgnbu[9] = {
    C(0xffffd9), C(0xedf8b1), C(0xc7e9b4), C(0x7fcdbb), C(0x41b6c4), C(0x1d91c0),
    C(0x225ea8), C(0x253494), C(0x081d58),
};

yk_status yk_palette_sequential(size_t level, yk_rgb *out)
{
    if (level >= YK_PALETTE_SEQUENTIAL)
        return YK_ERR_ARGUMENT;
    *out = ylgnbu[level];
    return YK_OK;
}

yk_rgb yk_palette_not_opinion(void)
{
    return (yk_rgb){ 0xBB, 0xBB, 0xBB };
}

yk_rgb yk_palette_ink_on(yk_rgb bg)
{
    /* Relative luminance, roughly (ITU-R BT.601 weights). */
    double y = 0.299 * bg.r + 0.587 * bg.g + 0.114 * bg.b;
    return y < 140 ? (yk_rgb){ 255, 255, 255 } : (yk_rgb){ 0, 0, 0 };
}
