#ifndef NNREPORT_CFREETYPE_SHIM_H
#define NNREPORT_CFREETYPE_SHIM_H
#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_GLYPH_H
#include FT_SIZES_H

/* Function-like macros are not imported into Swift; these wrap the ones we use. */
static inline int cft_has_kerning(FT_Face face) { return FT_HAS_KERNING(face); }
static inline int cft_is_fixed_width(FT_Face face) { return FT_IS_FIXED_WIDTH(face); }
/* The bitmap of a glyph that FT_Glyph_To_Bitmap has rendered. */
static inline FT_BitmapGlyph cft_bitmap_glyph(FT_Glyph glyph) { return (FT_BitmapGlyph)glyph; }

#endif
