// One double through the C library's snprintf: Swift cannot call a variadic C function, and
// Foundation's String(format:) reaches the same snprintf through CoreFoundation and dynamic casts.
#include <stdio.h>

static inline int nnreport_format_double(char *buffer, size_t size, const char *format, double value) {
    return snprintf(buffer, size, format, value);
}
