#include "SoarImapdRun.h"

#include "RigEnvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>

namespace soar::test {

QJsonObject SoarImapdRun::soarSettings(const QUrl &url, const QJsonObject &extra)
{
    QJsonObject soar {{QStringLiteral("url"), url.toString()}, {QStringLiteral("auth"), QStringLiteral("jwt")},
        {QStringLiteral("incidentTemplateId"), 12}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        soar.insert(it.key(), it.value());
    return soar;
}

QString SoarImapdRun::writeSettings(const QString &folder, const QJsonObject &soar) const
{
    const QJsonObject resource {{QStringLiteral("name"), folder},
        {QStringLiteral("imap"),
            QJsonObject {{QStringLiteral("host"), RigEnvironment::host()}, {QStringLiteral("port"), RigEnvironment::imapsPort()},
                {QStringLiteral("username"), RigEnvironment::kBob}, {QStringLiteral("caFile"), RigEnvironment::caFile()},
                {QStringLiteral("passwordCommand"), QStringLiteral("echo bob-secret")}, {QStringLiteral("folder"), folder}}},
        {QStringLiteral("soar"), soar}};
    const QString path = QDir(m_workDir).filePath(folder + QStringLiteral(".json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(QJsonDocument(QJsonObject {{QStringLiteral("resources"), QJsonArray {resource}}}).toJson());
    return path;
}

QString SoarImapdRun::dataDir() const
{
    return QDir(m_workDir).filePath(QStringLiteral("data"));
}

SoarImapdRun::Outcome SoarImapdRun::run(const QString &config, const QStringList &arguments, const QByteArray &token,
    const QProcessEnvironment &extraEnvironment) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!token.isEmpty())
        env.insert(QStringLiteral("SOAR_IMAP_SECRET"), QString::fromLatin1(token));
    env.insert(extraEnvironment);
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(SOAR_BINARY_DIR "/app/soar-imapd"),
        QStringList {QStringLiteral("--config"), config, QStringLiteral("--data-dir"), dataDir()} + arguments);
    if (!finished.wait(90000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace soar::test
