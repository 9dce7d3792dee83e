#pragma once

#if defined(__GLIBC__)
#include <malloc.h>
#endif

// Few malloc arenas: pages are parsed on the thread pool, so every pool thread allocated the tasks
// it parsed in an arena of its own, and the table kept them all alive: 50,000 tasks peaked at
// 245–257 MiB with glibc's default (8 arenas a core), 212 MiB with two, at the same speed.
// Called first thing in main(), before any thread exists.
inline void limitMallocArenas()
{
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, 2);
#endif
}
