#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace soar::test {

// soar-imapd against the rig's Dovecot and a local SoarTestServer, as the daemon's Cloud SOAR
// tests run it: a settings file for one resource on bob's mailbox (one folder) with a Cloud SOAR
// section, the token in SOAR_IMAP_SECRET, and the child run while this process keeps serving the
// test server from its event loop.
class SoarImapdRun {
public:
    struct Outcome {
        int exitCode = -1; // -1: it did not finish within 90 s (it is killed)
        QByteArray out;
        QByteArray err;
    };

    // workDir: where the settings files go; the data folder is workDir/data.
    explicit SoarImapdRun(const QString &workDir) : m_workDir(workDir) { }

    // The soar section for url: user JWT, incident template 12, plus extra's keys.
    static QJsonObject soarSettings(const QUrl &url, const QJsonObject &extra = {});
    // Writes workDir/<folder>.json with the resource named after the folder; returns its path.
    QString writeSettings(const QString &folder, const QJsonObject &soar) const;
    QString dataDir() const;

    // soar-imapd --config config --data-dir dataDir() arguments...; an empty token sets none.
    Outcome run(const QString &config, const QStringList &arguments, const QByteArray &token,
        const QProcessEnvironment &extraEnvironment = {}) const;

private:
    QString m_workDir;
};

} // namespace soar::test
