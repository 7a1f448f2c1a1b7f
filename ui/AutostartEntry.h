#pragma once

#include <QString>

namespace soar::ui {

// "Start at login" as the desktop expects it: an XDG autostart entry
// (~/.config/autostart/soar-imap.desktop) that starts the app hidden in the tray.
class AutostartEntry {
public:
    static QString path();
    static bool isEnabled();
    // program: the executable to start (the running one by default).
    static bool setEnabled(bool enabled, const QString &program = {});
};

} // namespace soar::ui
