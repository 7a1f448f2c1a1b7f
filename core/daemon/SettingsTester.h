#pragma once

#include "common/Error.h"
#include "daemon/FolderChoice.h"
#include "daemon/SettingsTestStep.h"
#include "settings/ResourceSettings.h"

#include <QJsonArray>
#include <QObject>

#include <memory>

namespace soar::imap {
class ImapSession;
class SessionOpener;
class Task;
} // namespace soar::imap
namespace soar::settings {
class SecretResolver;
}
namespace soar::oauth {
class TokenProvider;
}
class QNetworkAccessManager;

namespace soar::daemon {

class SoarSettingsTest;

// "Test Saved Settings": checks a resource step by step and says which step failed and why,
// in words an analyst can act on: password (or the OAuth token: obtained, account, expiry), DNS, connection and greeting, TLS,
// login, folder, and how many mails the pre-filters match on the server right now. Nothing is changed on the server (the folder
// is opened read-only). With a Cloud SOAR URL set, SoarSettingsTest runs alongside, independently;
// its steps follow the IMAP ones and a SOAR failure fails the test.
class SettingsTester : public QObject {
    Q_OBJECT
public:
    using Step = SettingsTestStep;

    SettingsTester(settings::ResourceSettings resource, settings::SecretResolver *secrets, QObject *parent = nullptr);
    ~SettingsTester() override;

    void start();
    const QList<Step> &steps() const { return m_steps; }
    QJsonArray stepsJson() const;
    // Folders seen by LIST after a successful login, with their special use (the form's folder
    // combo and test-settings show them).
    const QList<FolderChoice> &folders() const { return m_folders; }
    QJsonArray foldersJson() const;

signals:
    void stepFinished(const soar::daemon::SettingsTester::Step &step);
    void finished(bool ok);

private:
    void resolvePassword();
    void obtainOAuthToken();
    void lookUpHost();
    void openSession();
    void onOpened(const common::Error &error);
    void examineFolder();
    void countMatches();
    void pass(const QString &id, const QString &title, const QString &message);
    void failStep(const QString &id, const QString &title, const QString &message);
    void done(bool ok);
    void showSoarSteps();

    settings::ResourceSettings m_resource;
    settings::SecretResolver *m_secrets;
    QString m_password; // or the OAuth access token
    QString m_oauthAccount;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<oauth::TokenProvider> m_tokens;
    std::unique_ptr<imap::ImapSession> m_session;
    std::unique_ptr<imap::SessionOpener> m_opener;
    std::vector<std::unique_ptr<imap::Task>> m_tasks;
    bool m_greeted = false;
    quint32 m_uidValidity = 0;
    QList<Step> m_steps;
    QList<FolderChoice> m_folders;
    bool m_done = false;
    std::unique_ptr<SoarSettingsTest> m_soar;
    bool m_imapOk = false;
    int m_soarStepsShown = 0;
    bool m_finished = false;
};

} // namespace soar::daemon
