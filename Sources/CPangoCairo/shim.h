// Everything the PDF renderer needs from Pango, PangoCairo and Cairo's PDF backend.
#ifndef CPANGOCAIRO_SHIM_H
#define CPANGOCAIRO_SHIM_H

#include <pango/pangocairo.h>
#include <cairo/cairo-pdf.h>

#endif
