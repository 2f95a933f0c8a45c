#ifndef DOCKET_CFUZZER_H
#define DOCKET_CFUZZER_H
#include <stddef.h>
#include <stdint.h>

/* libFuzzer's own driver (compiler-rt), entered from the target's main: SwiftPM renames an executable's main
   in debug builds (so tests can link it), which hides libFuzzer's main, so each target calls the driver. */
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
