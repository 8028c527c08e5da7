/* ykien — the Word writer's charts: each a PNG at print resolution, an
 * inline picture of the PDF's size, its caption under it. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "chart_impl.h"
#include "doc_docx_impl.h"

#define CHART_DPI 300.0
#define EMU_PER_POINT 12700.0

static yk_status to_buf(void *ctx, const char *p, size_t n)
{
    return yk_buf_append(ctx, p, n);
}

/* The chart as a PNG at print resolution, kept for media/chartN.png. */
static yk_status chart_png(docx_body *b, const yk_chart *c)
{
    if (b->ncharts == b->pngs_cap) {
        size_t cap = b->pngs_cap ? 2 * b->pngs_cap : 8;
        yk_buf *p = realloc(b->pngs, cap * sizeof *p);
        if (!p)
            return YK_ERR_NOMEM;
        b->pngs = p;
        b->pngs_cap = cap;
    }
    yk_buf *png = &b->pngs[b->ncharts];
    memset(png, 0, sizeof *png);
    yk_status st = yk_chart_render(c, YK_CHART_PNG, CHART_DPI, NULL, 0,
                                   (yk_output){ to_buf, png });
    if (st != YK_OK) {
        yk_buf_free(png);
        return st;
    }
    b->ncharts++;
    return YK_OK;
}

static void picture(docx_body *b, size_t n, long cx, long cy, const char *descr)
{
    docx_xml *x = &b->x;
    char rid[32], name[32];
    snprintf(rid, sizeof rid, "rId%zu", DOCX_RID_CHART + n - 1);
    snprintf(name, sizeof name, "chart%zu.png", n);
    docx_start(x, "w:r");
    docx_start(x, "w:drawing");
    docx_start(x, "wp:inline");
    static const char *const dist[] = { "distT", "distB", "distL", "distR" };
    for (int i = 0; i < 4; i++)
        docx_attr(x, dist[i], "0");
    docx_start(x, "wp:extent");
    docx_attr_int(x, "cx", cx);
    docx_attr_int(x, "cy", cy);
    docx_end(x);
    docx_start(x, "wp:docPr");
    docx_attr_int(x, "id", (long)n);
    docx_attr(x, "name", name);
    if (descr)      /* what a screen reader says of the picture */
        docx_attr(x, "descr", descr);
    docx_end(x);
    docx_start(x, "wp:cNvGraphicFramePr");
    docx_empty(x, "a:graphicFrameLocks", "noChangeAspect", "1");
    docx_end(x);
    docx_start(x, "a:graphic");
    docx_start(x, "a:graphicData");
    docx_attr(x, "uri", "http://schemas.openxmlformats.org/drawingml/2006/picture");
    docx_start(x, "pic:pic");
    docx_start(x, "pic:nvPicPr");
    docx_start(x, "pic:cNvPr");
    docx_attr_int(x, "id", (long)n);
    docx_attr(x, "name", name);
    docx_end(x);
    docx_empty(x, "pic:cNvPicPr", NULL, NULL);
    docx_end(x);
    docx_start(x, "pic:blipFill");
    docx_empty(x, "a:blip", "r:embed", rid);
    docx_start(x, "a:stretch");
    docx_empty(x, "a:fillRect", NULL, NULL);
    docx_end(x);
    docx_end(x);
    docx_start(x, "pic:spPr");
    docx_start(x, "a:xfrm");
    docx_start(x, "a:off");
    docx_attr(x, "x", "0");
    docx_attr(x, "y", "0");
    docx_end(x);
    docx_start(x, "a:ext");
    docx_attr_int(x, "cx", cx);
    docx_attr_int(x, "cy", cy);
    docx_end(x);
    docx_end(x);
    docx_start(x, "a:prstGeom");
    docx_attr(x, "prst", "rect");
    docx_empty(x, "a:avLst", NULL, NULL);
    docx_end(x);
    docx_end(x);
    docx_end(x);                /* pic:pic */
    docx_end(x);
    docx_end(x);
    docx_end(x);                /* wp:inline */
    docx_end(x);
    docx_end(x);
}

/* The chart at the PDF's size: the text width, or less when that would be
 * taller than the page's text less four lines; its caption under it. */
void docx_chart(docx_body *b, const block *k)
{
    yk_status st = chart_png(b, k->chart);
    if (st != YK_OK) {
        b->st = st;
        return;
    }
    const yk_doc_style *s = &b->d->style;
    double cw = yk_chart_width(k->chart), ch = yk_chart_height(k->chart);
    double content = s->page_h - s->top - s->bottom - 4 * s->size;
    double scale = fmin(b->text_w / cw, content / ch);
    docx_para p = { .before = 0, .after = 2, .jc = "center",
               .keep_next = k->caption != NULL || docx_keep_here(b, 1) };
    docx_para_begin(b, p, 1);
    picture(b, b->ncharts, lround(cw * scale * EMU_PER_POINT),
            lround(ch * scale * EMU_PER_POINT), k->caption);
    docx_end(&b->x);
    if (k->caption)
        docx_caption(b, k->caption, docx_keep_here(b, 1));
}

