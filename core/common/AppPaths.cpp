#include "common/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace soar::common {

namespace {
QString &dataOverride()
{
    static QString value;
    return value;
}
QString &configOverride()
{
    static QString value;
    return value;
}
const QString kAppFolder = QStringLiteral("soar-imap");
} // namespace

void AppPaths::setDataDirOverride(const QString &dir)
{
    dataOverride() = dir.isEmpty() ? QString() : QDir(dir).absolutePath();
}

void AppPaths::setConfigFileOverride(const QString &file)
{
    configOverride() = file.isEmpty() ? QString() : QFileInfo(file).absoluteFilePath();
}

QString AppPaths::dataDir()
{
    if (!dataOverride().isEmpty())
        return dataOverride();
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(kAppFolder);
}

QString AppPaths::logDir()
{
    return QDir(dataDir()).filePath(QStringLiteral("logs"));
}

QString AppPaths::configFile()
{
    if (!configOverride().isEmpty())
        return configOverride();
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return QDir(base).filePath(kAppFolder + QStringLiteral("/settings.json"));
}

QString AppPaths::storeFile()
{
    return QDir(dataDir()).filePath(QStringLiteral("mail.db"));
}

bool AppPaths::ensurePrivateDir(const QString &dir)
{
    if (!QDir().mkpath(dir))
        return false;
    return QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

} // namespace soar::common
