#pragma once

#include "settings/OAuthSettings.h"

#include <QGroupBox>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace soar::ui {

class InlineErrors;
class OAuthSignInPanel;

// imap.oauth on the Connection page, shown when the authentication method is OAuth 2.0:
// provider preset (its endpoints and scopes filled in), flow, the app registration, the client
// secret (keychain only) and the sign-in panel.
class OAuthSection : public QGroupBox {
    Q_OBJECT
public:
    explicit OAuthSection(InlineErrors *errors, QWidget *parent = nullptr);

    void load(const settings::OAuthSettings &oauth);
    void apply(settings::OAuthSettings &oauth) const;
    settings::OAuthSettings current() const;
    void setClientSecret(const QString &secret);
    QString clientSecret() const;

    OAuthSignInPanel *signIn() const { return m_panel; }
    QWidget *firstInTabOrder() const;
    QWidget *lastInTabOrder() const;

signals:
    void changed();

private:
    settings::OAuthProvider provider() const;
    settings::OAuthFlow flow() const;
    void onProviderOrFlowChanged();
    // Shows the preset's endpoints (read-only) or the custom ones (editable) and the rows that apply.
    void showPreset();

    QComboBox *m_provider = nullptr;
    QComboBox *m_flow = nullptr;
    QComboBox *m_mechanism = nullptr;
    QLineEdit *m_tenant = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_scopes = nullptr;
    QLineEdit *m_authUrl = nullptr;
    QLineEdit *m_tokenUrl = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QWidget *m_clientSecretField = nullptr;
    QLabel *m_appOnlyHint = nullptr;
    OAuthSignInPanel *m_panel = nullptr;
    QFormLayout *m_form = nullptr;

    settings::OAuthSettings m_loaded; // keeps a preset's endpoint overrides and explicit scopes
    settings::OAuthProvider m_shownProvider = settings::OAuthProvider::Microsoft;
    QString m_shownDefaultScopes;
    QString m_customAuthUrl; // a custom provider's endpoints while a preset is shown
    QString m_customTokenUrl;
    bool m_loading = false;
};

} // namespace soar::ui
