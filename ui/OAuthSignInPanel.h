#pragma once

#include "common/Error.h"
#include "settings/OAuthSettings.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include <functional>

class QLabel;
class QNetworkAccessManager;
class QPushButton;

namespace soar::settings {
class SecretStore;
}
namespace soar::oauth {
class InteractiveSignIn;
}

namespace soar::ui {

// The interactive OAuth sign-in of one resource: Sign in… opens the system browser, shows the
// progress and a Cancel button, and keeps the refresh token in the keychain (GrantStore) at
// once, never in the settings file; Sign out removes it.
class OAuthSignInPanel : public QWidget {
    Q_OBJECT
public:
    explicit OAuthSignInPanel(QWidget *parent = nullptr);
    ~OAuthSignInPanel() override;

    void setKeychain(settings::SecretStore *keychain);
    // The resource whose grant is shown and written. Cancels a sign-in in progress and shows
    // "not signed in" until showSignedIn() reports what the keychain holds.
    void setResource(const QString &resource);
    void showSignedIn(const QString &account);
    void setLoginHint(const QString &account) { m_loginHint = account; }
    // The first-run page names the provider: "Sign in with Microsoft".
    void setSignInText(const QString &text);
    // On the first-run page nothing happened yet: no "Not signed in." before the first attempt.
    void setAnnounceSignedOut(bool announce);
    const QString &resource() const { return m_resource; }
    // After the daemon paused this resource for a new sign-in: offer to resume it.
    void offerResume(bool offered);

    // Runs the sign-in with the form's current (possibly unsaved) settings.
    void start(const settings::OAuthSettings &oauth, const QString &clientSecret);
    void cancel();
    void signOut();

    bool isBusy() const;
    QWidget *lastInTabOrder() const;

signals:
    // Sign in… was pressed; the owner answers with start().
    void startRequested();
    void signedIn(const QString &account);
    void resumeRequested();

private:
    void onFinished(const common::Error &error);
    void storeGrant(const QString &refreshToken, const QString &account);
    void dropFlow();
    void setStatus(const QString &text, bool isError = false);
    void updateButtons();

    settings::SecretStore *m_keychain = nullptr;
    QString m_resource;
    QString m_loginHint;
    QString m_signInText;
    QNetworkAccessManager *m_network = nullptr; // created with the first sign-in
    QPointer<oauth::InteractiveSignIn> m_flow;
    bool m_signedIn = false;
    bool m_announceSignedOut = true;
    bool m_writing = false;
    int m_generation = 0; // drops keychain answers meant for a previously shown resource

    QLabel *m_status = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_signOut = nullptr;
    QPushButton *m_resume = nullptr;
};

} // namespace soar::ui
