#include "yk_status.h"

const char *yk_strerror(yk_status status)
{
    switch (status) {
    case YK_OK: return "success";
    case YK_ERR_NOMEM: return "out of memory";
    case YK_ERR_IO: return "input/output error";
    case YK_ERR_PARSE: return "malformed CSV";
    case YK_ERR_LIMIT: return "input exceeds a limit";
    case YK_ERR_INVALID_BYTES: return "invalid bytes for the encoding";
    case YK_ERR_TRUNCATED: return "input ends inside a character";
    case YK_ERR_UNMAPPABLE: return "character not representable in the encoding";
    case YK_ERR_OUTPUT_FULL: return "output buffer too small";
    case YK_ERR_ENCODING: return "unsupported encoding";
    case YK_ERR_ARGUMENT: return "invalid argument";
    case YK_ERR_STOPPED: return "stopped by the caller";
    }
    return "unknown status";
}
