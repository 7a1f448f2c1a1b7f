#pragma once

#include "InlineErrors.h"
#include "ResourceSecrets.h"
#include "settings/ResourceSettings.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace soar::settings {
class SecretStore;
}

namespace soar::ui {

class OAuthSignInPanel;

// The guided setup shown while no resource exists: pick a provider preset, type the few
// personal fields, then either *Sign in with Microsoft / Google* (OAuth; the sign-in is kept in
// the keychain at once) or, for servers that take an (app) password, "Save and Test". Saving
// and testing are the main window's job (the same path as the resource form), on finished().
class FirstRunPage : public QWidget {
    Q_OBJECT
public:
    explicit FirstRunPage(QWidget *parent = nullptr);

    // Where the OAuth sign-in keeps its refresh token.
    void setKeychain(settings::SecretStore *keychain);

    // The resource the fields describe (everything else at its defaults).
    settings::ResourceSettings resource() const;
    ResourceSecrets secrets() const;
    QList<settings::SettingsIssue> issues() const;

    // While the main window saves: the button is disabled and says so.
    void setBusy(bool busy);
    // A problem with saving (keychain, file); empty clears it.
    void setError(const QString &message);
    // Back to the defaults, e.g. after the last resource was removed.
    void reset();

signals:
    // Signed in (OAuth) or Save and Test pressed with every field valid.
    void finished(const settings::ResourceSettings &resource, const soar::ui::ResourceSecrets &secrets);
    void fullFormRequested();

private:
    void onPresetChanged();
    void onSecurityChanged();
    void onSignInRequested();
    void refresh();
    std::optional<settings::OAuthProvider> oauthProvider() const;

    InlineErrors m_errors;
    QFormLayout *m_form = nullptr;
    QComboBox *m_preset = nullptr;
    QLabel *m_hint = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_host = nullptr;
    QComboBox *m_security = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_username = nullptr;
    QWidget *m_passwordField = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_appHint = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_tenant = nullptr;
    QWidget *m_clientSecretField = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    OAuthSignInPanel *m_signIn = nullptr;
    QLineEdit *m_folder = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_finish = nullptr;
    settings::ImapSecurity m_shownSecurity = settings::ImapSecurity::Tls;
    bool m_busy = false;
    bool m_edited = false; // inline errors appear once the analyst started typing
};

} // namespace soar::ui
