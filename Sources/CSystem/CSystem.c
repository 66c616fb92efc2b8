/* Header-only target: see include/CSystem.h. */
#include "CSystem.h"
