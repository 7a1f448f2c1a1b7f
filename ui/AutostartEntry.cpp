#include "AutostartEntry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace soar::ui {

QString AutostartEntry::path()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("autostart/soar-imap.desktop"));
}

bool AutostartEntry::isEnabled()
{
    return QFile::exists(path());
}

bool AutostartEntry::setEnabled(bool enabled, const QString &program)
{
    if (!enabled)
        return !QFile::exists(path()) || QFile::remove(path());
    const QString exec = program.isEmpty() ? QCoreApplication::applicationFilePath() : program;
    if (!QDir().mkpath(QFileInfo(path()).absolutePath()))
        return false;
    QSaveFile file(path());
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // Exec quoting per the Desktop Entry spec: double quotes around a path with spaces.
    const QString quoted = exec.contains(QLatin1Char(' ')) ? QLatin1Char('"') + exec + QLatin1Char('"') : exec;
    file.write("[Desktop Entry]\n"
               "Type=Application\n"
               "Name=soar-imap\n"
               "Comment=Fetch reported mail into your SOAR\n"
               "Icon=soar-imap\n"
               "Exec="
        + quoted.toUtf8()
        + " --hidden\n"
          "X-GNOME-Autostart-enabled=true\n"
          "Terminal=false\n");
    return file.commit();
}

} // namespace soar::ui
