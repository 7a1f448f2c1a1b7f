// HeapPolicy: freed mail buffers stay in the process during a run and go back when it ends.
// Integration with the system allocator (glibc): under ASan the allocator is ASan's own, which is
// why this is not a unit test (scripts/test --sanitize runs those).
#include "common/HeapPolicy.h"

#include <QTest>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

using soar::common::HeapPolicy;

namespace {

// Resident bytes of this process, as the kernel counts them. Read without allocating: a heap
// block allocated now would sit above the blocks under test and keep glibc from trimming.
qint64 residentBytes()
{
    char text[128] = {};
    const int fd = ::open("/proc/self/statm", O_RDONLY);
    if (fd < 0)
        return -1;
    const ssize_t n = ::read(fd, text, sizeof text - 1);
    ::close(fd);
    long long size = 0, resident = -1;
    if (n <= 0 || std::sscanf(text, "%lld %lld", &size, &resident) != 2)
        return -1;
    return resident * sysconf(_SC_PAGESIZE);
}

} // namespace

class TestHeapPolicy : public QObject {
    Q_OBJECT

private slots:
    void freedMemoryStaysUntilTheRunEnds()
    {
        constexpr size_t kBlock = 64 * 1024;
        constexpr size_t kBlocks = 256; // 16 MiB, like a few groups of mails in flight
        constexpr qint64 kTotal = qint64(kBlock * kBlocks);
        HeapPolicy::keepFreedMemoryWhileWorking();
        HeapPolicy::releaseFreeMemory();

        std::vector<void *> blocks;
        blocks.reserve(kBlocks);
        for (size_t i = 0; i < kBlocks; ++i) {
            blocks.push_back(std::malloc(kBlock));
            std::memset(blocks.back(), 1, kBlock); // really used, as a mail buffer is
        }
        const qint64 inUse = residentBytes();
        for (void *block : blocks)
            std::free(block);
        // glibc's default hands the free top of the heap back to the kernel right here.
        const qint64 afterFree = residentBytes();
        QVERIFY2(afterFree > inUse - kTotal / 4, qPrintable(QStringLiteral("%1 -> %2").arg(inUse).arg(afterFree)));

        HeapPolicy::releaseFreeMemory();
        const qint64 released = residentBytes();
        QVERIFY2(released < afterFree - kTotal * 3 / 4, qPrintable(QStringLiteral("%1 -> %2").arg(afterFree).arg(released)));
    }
};

QTEST_GUILESS_MAIN(TestHeapPolicy)
#include "tst_heappolicy.moc"
