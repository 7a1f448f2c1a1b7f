#pragma once

#include <Qt>

namespace soar::ui {

// Custom item roles shared by the models and their proxies.
enum ModelRole {
    LogLevelRole = Qt::UserRole + 100, // int, spdlog::level::level_enum
    LogSearchTextRole, // QString: module, resource and message, for the search box
};

} // namespace soar::ui
