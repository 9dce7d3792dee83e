#pragma once

#include <cstdio>
#include <cstdlib>

// An invariant the fuzzed code must keep: a violation aborts, so libFuzzer saves the input as a crash.
#define FUZZ_CHECK(cond, what)                                                                                         \
    do {                                                                                                               \
        if (!(cond)) {                                                                                                 \
            std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s:%d): %s\n", #cond, __FILE__, __LINE__, what);              \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)
