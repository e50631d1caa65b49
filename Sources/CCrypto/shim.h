#ifndef NNREPORT_CCRYPTO_SHIM_H
#define NNREPORT_CCRYPTO_SHIM_H
/* OpenSSL's libcrypto, for SHA-256 through the EVP digest interface (the SHA256_* calls are
   deprecated in OpenSSL 3). */
#include <openssl/evp.h>
#endif
