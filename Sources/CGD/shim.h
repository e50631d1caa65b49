#ifndef NNREPORT_CGD_SHIM_H
#define NNREPORT_CGD_SHIM_H
#include <gd.h>
#include <gdfontt.h>
#include <gdfonts.h>
#include <gdfontmb.h>
#include <gdfontl.h>
#include <gdfontg.h>

/* Function-like macros are not imported into Swift; these wrap the ones we use. */
static inline int cgd_truecolor_alpha(int r, int g, int b, int a) { return gdTrueColorAlpha(r, g, b, a); }
static inline int cgd_image_sx(gdImagePtr im) { return gdImageSX(im); }
static inline int cgd_image_sy(gdImagePtr im) { return gdImageSY(im); }
static inline int cgd_truecolor_get_pixel(gdImagePtr im, int x, int y) { return gdImageTrueColorPixel(im, x, y); }

#endif
