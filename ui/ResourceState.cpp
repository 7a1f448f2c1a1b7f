#include "ResourceState.h"

#include "UiResources.h"

#include <QCoreApplication>

namespace soar::ui {

QIcon ResourceStateIcons::dot(ResourceState state)
{
    UiResources::ensureLoaded();
    switch (state) {
    case ResourceState::Ok:
        return QIcon(QStringLiteral(":/icons/status-ok.svg"));
    case ResourceState::Running:
        return QIcon(QStringLiteral(":/icons/status-running.svg"));
    case ResourceState::Error:
        return QIcon(QStringLiteral(":/icons/status-error.svg"));
    case ResourceState::Paused:
        return QIcon(QStringLiteral(":/icons/status-paused.svg"));
    case ResourceState::Unknown:
        break;
    }
    return QIcon(QStringLiteral(":/icons/status-unknown.svg"));
}

QIcon ResourceStateIcons::tray(ResourceState overall)
{
    UiResources::ensureLoaded();
    switch (overall) {
    case ResourceState::Running:
        return QIcon(QStringLiteral(":/icons/soar-imap-running.svg"));
    case ResourceState::Error:
        return QIcon(QStringLiteral(":/icons/soar-imap-error.svg"));
    case ResourceState::Paused:
        return QIcon(QStringLiteral(":/icons/soar-imap-paused.svg"));
    case ResourceState::Ok:
    case ResourceState::Unknown:
        break;
    }
    return QIcon(QStringLiteral(":/icons/soar-imap.svg"));
}

QString ResourceStateIcons::label(ResourceState state)
{
    switch (state) {
    case ResourceState::Ok:
        return QCoreApplication::translate("ResourceState", "OK");
    case ResourceState::Running:
        return QCoreApplication::translate("ResourceState", "Fetching");
    case ResourceState::Error:
        return QCoreApplication::translate("ResourceState", "Error");
    case ResourceState::Paused:
        return QCoreApplication::translate("ResourceState", "Paused");
    case ResourceState::Unknown:
        break;
    }
    return QCoreApplication::translate("ResourceState", "Not started");
}

ResourceState ResourceStateIcons::overall(const QList<ResourceState> &states)
{
    if (states.isEmpty())
        return ResourceState::Unknown;
    if (states.contains(ResourceState::Error))
        return ResourceState::Error;
    if (states.contains(ResourceState::Running))
        return ResourceState::Running;
    if (states.contains(ResourceState::Ok))
        return ResourceState::Ok;
    if (std::all_of(states.begin(), states.end(), [](ResourceState s) { return s == ResourceState::Paused; }))
        return ResourceState::Paused;
    return ResourceState::Unknown;
}

} // namespace soar::ui
