/* ykien — coded data as an SPSS or Stata file, with ReadStat.  Every
 * ReadStat call of ykien is here, so the library's quirks stay in one
 * place and tests can write to memory. */
#include <readstat.h>
#include <stdlib.h>
#include <string.h>
#include "yk_buf.h"
#include "yk_statfile.h"

struct yk_statfile {
    readstat_writer_t *writer;
    const yk_codebook *cb;
    yk_output out;
    yk_status out_status;       /* the first failed write, kept for why */
    yk_buf text;                /* a string cell, NUL-terminated */
};

static ssize_t put_bytes(const void *data, size_t len, void *ctx)
{
    yk_statfile *sf = ctx;
    yk_status st = sf->out.write(sf->out.ctx, data, len);
    if (st != YK_OK) {
        if (sf->out_status == YK_OK)
            sf->out_status = st;
        return -1;
    }
    return (ssize_t)len;
}

/* ReadStat's error as a status: a write that failed is the output's
 * status; the rest are refusals of what was asked. */
static yk_status status_of(const yk_statfile *sf, readstat_error_t err, const char **why)
{
    if (err == READSTAT_OK)
        return YK_OK;
    if (err == READSTAT_ERROR_WRITE && sf->out_status != YK_OK)
        return sf->out_status;      /* the output's own failure: no why */
    if (why)
        *why = readstat_error_message(err);
    if (err == READSTAT_ERROR_MALLOC)
        return YK_ERR_NOMEM;
    return YK_ERR_ARGUMENT;
}

static readstat_measure_t measure_of(const yk_codebook_var *v)
{
    if (v->is_string)
        return READSTAT_MEASURE_NOMINAL;
    switch (v->measure) {
    case YK_MEASURE_ORDINAL: return READSTAT_MEASURE_ORDINAL;
    case YK_MEASURE_SCALE: return READSTAT_MEASURE_SCALE;
    default: return READSTAT_MEASURE_NOMINAL;
    }
}

static readstat_label_set_t *value_labels(yk_statfile *sf, const yk_codebook_var *v,
                                          yk_package p)
{
    readstat_label_set_t *set = readstat_add_label_set(
        sf->writer, v->is_string ? READSTAT_TYPE_STRING : READSTAT_TYPE_DOUBLE, v->label_set);
    for (size_t i = 0; set && i < v->n_values; i++) {
        const yk_codebook_value *val = &v->values[i];
        if (v->is_string)
            readstat_label_string_value(set, val->code, val->label);
        else if (val->missing_tag && p == YK_PACKAGE_STATA)
            readstat_label_tagged_value(set, val->missing_tag, val->label);
        else
            readstat_label_double_value(set, val->number, val->label);
    }
    return set;
}

static readstat_error_t declare_missing(readstat_variable_t *rv, const yk_codebook_var *v)
{
    if (v->has_range)
        return readstat_variable_add_missing_double_range(rv, v->range_lo, v->range_hi);
    readstat_error_t err = READSTAT_OK;
    for (size_t i = 0; err == READSTAT_OK && i < v->n_values; i++)
        if (v->values[i].user_missing)
            err = readstat_variable_add_missing_double_value(rv, v->values[i].number);
    return err;
}

/* The width a string variable gets: its longest value, at least 1 and
 * at least its longest labelled code.  A labelled one past 8 bytes is
 * rounded up to a multiple of 8: ReadStat writes the long string value
 * labels record with the width rounded so, and PSPP ignores the labels
 * of a variable whose width differs ("does not match the variable's
 * width"). */
static size_t string_width(const yk_codebook_var *v, size_t longest)
{
    size_t w = longest ? longest : 1;
    for (size_t i = 0; i < v->n_values; i++)
        if (strlen(v->values[i].code) > w)
            w = strlen(v->values[i].code);
    return v->n_values && w > 8 ? (w + 7) / 8 * 8 : w;
}

static yk_status add_variable(yk_statfile *sf, const yk_codebook_var *v, size_t longest,
                              yk_package p, const char **why)
{
    size_t width = v->is_string ? string_width(v, longest) : 0;
    size_t cap = p == YK_PACKAGE_STATA ? YK_STATFILE_STATA_STRING_MAX
                                       : YK_STATFILE_SPSS_STRING_MAX;
    if (width > cap) {
        *why = p == YK_PACKAGE_STATA ? "a text answer is longer than the 2045 bytes a "
                                       "Stata string holds"
                                     : "a text answer is longer than the 32767 bytes an "
                                       "SPSS string holds";
        return YK_ERR_LIMIT;
    }
    readstat_variable_t *rv = readstat_add_variable(
        sf->writer, v->name, v->is_string ? READSTAT_TYPE_STRING : READSTAT_TYPE_DOUBLE, width);
    if (!rv)
        return YK_ERR_NOMEM;
    if (v->label)
        readstat_variable_set_label(rv, v->label);
    readstat_variable_set_measure(rv, measure_of(v));
    if (!v->is_string && p == YK_PACKAGE_SPSS)
        readstat_variable_set_format(rv, v->whole ? "F8.0" : "F8.2");
    if (v->n_values) {
        readstat_label_set_t *set = value_labels(sf, v, p);
        if (!set)
            return YK_ERR_NOMEM;
        readstat_variable_set_label_set(rv, set);
    }
    if (p == YK_PACKAGE_SPSS && v->empty_missing)
        return status_of(sf, readstat_variable_add_missing_string_value(rv, ""), why);
    return p == YK_PACKAGE_SPSS && v->n_values ? status_of(sf, declare_missing(rv, v), why)
                                               : YK_OK;
}

yk_status yk_statfile_begin(const yk_codebook *cb, const yk_statfile_opts *opt,
                            yk_output out, yk_statfile **sfp, const char **why)
{
    const char *ignored;
    why = why ? why : &ignored;
    *why = NULL;
    if (!sfp)
        return YK_ERR_ARGUMENT;
    *sfp = NULL;
    if (!cb || !opt || !out.write || opt->rows < 0)
        return YK_ERR_ARGUMENT;
    yk_statfile *sf = calloc(1, sizeof *sf);
    if (!sf || !(sf->writer = readstat_writer_init())) {
        free(sf);
        return YK_ERR_NOMEM;
    }
    sf->cb = cb;
    sf->out = out;
    readstat_set_data_writer(sf->writer, put_bytes);
    if (opt->file_label)
        readstat_writer_set_file_label(sf->writer, opt->file_label);
    readstat_writer_set_file_timestamp(sf->writer, opt->created);
    yk_status st = YK_OK;
    for (size_t i = 0; st == YK_OK && i < yk_codebook_n_vars(cb); i++)
        st = add_variable(sf, yk_codebook_var_at(cb, i), opt->widths ? opt->widths[i] : 0,
                          opt->package, why);
    if (st == YK_OK && opt->package == YK_PACKAGE_STATA) {
        readstat_writer_set_file_format_version(sf->writer, 118);
        st = status_of(sf, readstat_begin_writing_dta(sf->writer, sf, opt->rows), why);
    } else if (st == YK_OK) {
        /* SPSS's bytecode compression, which SPSS and PSPP read as they
         * write it: a third of the size, text answers being mostly blank. */
        readstat_writer_set_compression(sf->writer, READSTAT_COMPRESS_ROWS);
        st = status_of(sf, readstat_begin_writing_sav(sf->writer, sf, opt->rows), why);
    }
    if (st != YK_OK) {
        yk_statfile_free(sf);
        return st;
    }
    *sfp = sf;
    return YK_OK;
}

static readstat_error_t put_cell(yk_statfile *sf, const readstat_variable_t *rv,
                                 const yk_codebook_cell *c)
{
    switch (c->kind) {
    case YK_CELL_NUMBER:
        return readstat_insert_double_value(sf->writer, rv, c->number);
    case YK_CELL_TAGGED:
        return readstat_insert_tagged_missing_value(sf->writer, rv, c->tag);
    case YK_CELL_STRING:
        yk_buf_clear(&sf->text);
        if (yk_buf_append(&sf->text, c->text, c->len) != YK_OK ||
            yk_buf_append(&sf->text, "", 1) != YK_OK)
            return READSTAT_ERROR_MALLOC;
        return readstat_insert_string_value(sf->writer, rv, sf->text.data);
    default:
        return readstat_insert_missing_value(sf->writer, rv);
    }
}

yk_status yk_statfile_row(yk_statfile *sf, const yk_codebook_cell *cells, const char **why)
{
    readstat_error_t err = readstat_begin_row(sf->writer);
    for (size_t i = 0; err == READSTAT_OK && i < yk_codebook_n_vars(sf->cb); i++)
        err = put_cell(sf, readstat_get_variable(sf->writer, (int)i), &cells[i]);
    if (err == READSTAT_OK)
        err = readstat_end_row(sf->writer);
    return status_of(sf, err, why);
}

yk_status yk_statfile_end(yk_statfile *sf, const char **why)
{
    yk_status st = status_of(sf, readstat_end_writing(sf->writer), why);
    yk_statfile_free(sf);
    return st;
}

void yk_statfile_free(yk_statfile *sf)
{
    if (!sf)
        return;
    readstat_writer_free(sf->writer);
    yk_buf_free(&sf->text);
    free(sf);
}
