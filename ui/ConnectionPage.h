#pragma once

#include "daemon/FolderChoice.h"
#include "settings/ResourceSettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace soar::ui {

class InlineErrors;
class OAuthSection;

// The IMAP connection of a resource: server, security, credentials, folder, trust.
class ConnectionPage : public QWidget {
    Q_OBJECT
public:
    ConnectionPage(InlineErrors *errors, QWidget *parent = nullptr);

    void load(const settings::ImapSettings &imap);
    void apply(settings::ImapSettings &imap) const;
    void setPassword(const QString &password);
    QString password() const;
    // Filled from the server's LIST after a successful test; keeps the current text.
    void setFolderChoices(const QList<daemon::FolderChoice> &folders);
    OAuthSection *oauth() const { return m_oauth; }

signals:
    void changed();

private:
    void onSecurityChanged();
    void browseCaFile();
    // OAuth 2.0 replaces the password rows with the sign-in section.
    void showAuthRows();

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QLabel *m_plaintextWarning = nullptr;
    QCheckBox *m_allowPlaintext = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_passwordCommand = nullptr;
    QLineEdit *m_mailboxAccount = nullptr;
    QComboBox *m_folder = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_fingerprint = nullptr;
    QWidget *m_passwordField = nullptr;
    OAuthSection *m_oauth = nullptr;
    QFormLayout *m_form = nullptr;
    settings::ImapSecurity m_shownSecurity = settings::ImapSecurity::Tls;
};

} // namespace soar::ui
