#pragma once

// Internal to soar_mime: the only headers that include GMime live in core/mime/gmime/.

namespace soar::mime::gmime {

// GMime must be initialised once per process before first use, and g_mime_init() itself is
// not thread-safe.
class GMimeRuntime {
public:
    static void ensureInitialized();
};

} // namespace soar::mime::gmime
