#ifndef NNREPORT_CXXHASH_SHIM_H
#define NNREPORT_CXXHASH_SHIM_H
/* xxHash's XXH3-128, streamed: the fingerprints of a site's files in its manifest. */
#include <xxhash.h>
#endif
