#pragma once

#include "common/Result.h"

#include <QLockFile>

#include <memory>

namespace soar::daemon {

// Makes sure only one process (the GUI or soar-imapd) polls a resource at a time. Reading the
// store from both stays possible; only fetching is exclusive. A lock left by a crashed
// process is taken over (QLockFile detects stale locks by PID).
class RunLock {
public:
    RunLock(const QString &dataDir, const QString &resource);
    ~RunLock();

    common::Result<void> acquire();
    void release();

private:
    QString m_resource;
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
    bool m_held = false;
};

} // namespace soar::daemon
