/* ykien — status codes shared by the whole library.
 *
 * Every libykien function that can fail returns a yk_status and hands its
 * results back through out-parameters.  yk_strerror() gives a short English
 * description; it returns a static string the caller must not free.
 *
 * Ownership, for the whole API: a function that returns a pointer says who
 * owns it; "borrowed" pointers stay valid until the next call on the same
 * object or until the object is freed, whichever comes first.  Every *_free
 * accepts NULL.  The library never prints, exits or aborts. */
#ifndef YK_STATUS_H
#define YK_STATUS_H

typedef enum {
    YK_OK = 0,
    YK_ERR_NOMEM,        /* an allocation failed */
    YK_ERR_IO,           /* reading or writing failed (errno is kept) */
    YK_ERR_PARSE,        /* malformed CSV, e.g. an unterminated quote */
    YK_ERR_LIMIT,        /* input exceeds a configured limit */
    YK_ERR_INVALID_BYTES,/* bytes that are not valid in the encoding */
    YK_ERR_TRUNCATED,    /* input ends in the middle of a character */
    YK_ERR_UNMAPPABLE,   /* a character the target encoding cannot hold */
    YK_ERR_OUTPUT_FULL,  /* the output buffer is too small */
    YK_ERR_ENCODING,     /* an encoding name that is not supported */
    YK_ERR_ARGUMENT,     /* a caller passed a value out of range */
    YK_ERR_STOPPED       /* a callback asked to stop */
} yk_status;

const char *yk_strerror(yk_status status);

#endif
