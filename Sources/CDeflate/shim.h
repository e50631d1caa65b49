#ifndef NNREPORT_CDEFLATE_SHIM_H
#define NNREPORT_CDEFLATE_SHIM_H
#include <libdeflate.h>
#endif
