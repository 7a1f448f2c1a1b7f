#include "common/AppPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
    constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    // Every folder created here is 0700 whatever the umask: mkpath alone would leave missing
    // parents (the data dir when the log dir is made first) at 0755.
    QStringList missing;
    for (QString path = QDir::cleanPath(QDir(dir).absolutePath()); !QFileInfo::exists(path);
         path = QFileInfo(path).absolutePath()) {
        missing.prepend(path);
        if (QFileInfo(path).isRoot())
            break;
    }
    for (const QString &path : std::as_const(missing)) {
        if (!QDir().mkdir(path) && !QFileInfo(path).isDir())
            return false;
        if (!QFile::setPermissions(path, kOwnerOnly))
            return false;
    }
    return QFile::setPermissions(dir, kOwnerOnly);
}

bool AppPaths::restrictToOwner(const QString &file)
{
    return QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace soar::common
