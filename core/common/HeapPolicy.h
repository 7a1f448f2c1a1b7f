#pragma once

namespace soar::common {

// When the process gives freed heap memory back to the kernel. glibc's default returns the
// free top of the heap as soon as a little is free there, and a bulk fetch frees and allocates
// a group of mails' buffers every few milliseconds: the same pages went back to the kernel and
// were faulted in again, zeroed, thousands of times per fetch (about 40 % of soar-imapd's page
// faults). So memory stays in the process while mail flows and goes back when a run ends.
class HeapPolicy {
public:
    // Once at start-up, by each entry point.
    static void keepFreedMemoryWhileWorking();
    // When a fetch run has ended.
    static void releaseFreeMemory();
};

} // namespace soar::common
