#pragma once

#include <QIcon>
#include <QString>

namespace soar::ui {

// What the daemon last reported about one resource; drives the status dot and the tray icon.
enum class ResourceState { Unknown, Ok, Running, Error, Paused };

class ResourceStateIcons {
public:
    static QIcon dot(ResourceState state);
    static QIcon tray(ResourceState overall);
    static QString label(ResourceState state);
    // Error outranks Running outranks Ok; Paused only when everything is paused.
    static ResourceState overall(const QList<ResourceState> &states);
};

} // namespace soar::ui
