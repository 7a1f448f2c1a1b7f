#pragma once

namespace soar::ui {

// soarimap_ui is a static library, so its compiled-in icons must be registered explicitly.
class UiResources {
public:
    static void ensureLoaded();
};

} // namespace soar::ui
