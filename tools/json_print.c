/* ykien command — the little JSON the verbs write. */
#include "cli.h"
#include "json_print.h"
#include "yk_json.h"

void json_string(FILE *fp, const char *s, size_t n)
{
    yk_buf b = { 0 };
    if (yk_json_string(&b, s, n) == YK_OK)
        fwrite(b.data, 1, b.len, fp);
    else
        fputs("\"\"", fp);      /* out of memory: stdout's error is found at exit */
    yk_buf_free(&b);
}
