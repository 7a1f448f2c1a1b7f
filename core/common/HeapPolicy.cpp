#include "common/HeapPolicy.h"

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace soar::common {

namespace {

// Above any group of mails in flight (a group is held to 4 MB), so a freed group stays ours.
constexpr int kTrimThreshold = 64 * 1024 * 1024;
// Setting the trim threshold freezes glibc's adaptive mmap threshold at 128 KiB, which would
// map and unmap every attachment; buffers up to this size come from the heap instead.
constexpr int kMmapThreshold = 16 * 1024 * 1024;

} // namespace

void HeapPolicy::keepFreedMemoryWhileWorking()
{
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, kMmapThreshold);
    mallopt(M_TRIM_THRESHOLD, kTrimThreshold);
#endif
}

void HeapPolicy::releaseFreeMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace soar::common
