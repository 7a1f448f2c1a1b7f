#include "UiResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE declares a global function, so it must not be used inside a namespace.
static void initSoarResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace soar::ui {

void UiResources::ensureLoaded()
{
    static const bool loaded = [] {
        initSoarResources();
        return true;
    }();
    Q_UNUSED(loaded);
}

} // namespace soar::ui
