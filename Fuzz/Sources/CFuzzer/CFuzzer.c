/* Declarations only: the driver itself comes from -sanitize=fuzzer's runtime. */
#include "CFuzzer.h"
