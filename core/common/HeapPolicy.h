#pragma once

namespace soar::common {

// When the process gives freed heap memory back to the kernel. glibc's default returns the
// free top of a heap as soon as a little is free there, and a bulk fetch frees and allocates
// a group of mails' buffers every few milliseconds: the same pages went back to the kernel and
// were faulted in again, zeroed, thousands of times per fetch (about 40 % of soar-imapd's page
// faults). So memory stays in the process while mail flows and goes back when a run ends:
// a run's mails go through three threads' heaps, and without the release a long-running
// daemon would stay at the size of its largest run.
class HeapPolicy {
public:
    // Once at start-up, by each entry point.
    static void keepFreedMemoryWhileWorking();
    // When a fetch run has ended (FetchCycle), once: per group of mails it cost a tenth of
    // the run's time.
    static void releaseFreeMemory();
};

} // namespace soar::common
