#include "common/CrashPoint.h"

#ifdef SOAR_TEST_HOOKS
#include <QByteArray>
#include <QByteArrayList>

#include <cstdio>
#include <cstdlib>
#endif

namespace soar::common {

void CrashPoint::hit(const char *name)
{
#ifdef SOAR_TEST_HOOKS
    static const QByteArrayList armed = qgetenv("SOAR_CRASH_AT").split(',');
    if (armed.contains(QByteArray(name))) {
        std::fprintf(stderr, "crash point %s: exiting on purpose\n", name);
        std::fflush(stderr);
        std::_Exit(86);
    }
#else
    (void)name;
#endif
}

} // namespace soar::common
