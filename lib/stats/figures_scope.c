/* ykien — what a figure covers: the questions asked for, its groups. */
#include <string.h>
#include "yk_figures.h"

int yk_figure_wanted(const char *questions, const char *name)
{
    size_t n = strlen(name);
    if (!questions)
        return 1;
    for (const char *p = questions; (p = strstr(p, name)); p += n)
        if ((p == questions || p[-1] == ',') && (p[n] == ',' || p[n] == '\0'))
            return 1;
    return 0;
}

const char *yk_figure_group_name(const yk_tally *t, const yk_figure_opts *o, size_t gi)
{
    const yk_question *g = yk_tally_group(t);
    if (!o->by)
        return "";
    return gi < g->list->n ? g->list->choices[gi].name : "_missing";
}

int yk_figure_is_item(const yk_question *group, const yk_question *q)
{
    return !group || strcmp(group->name, q->name) != 0;
}
