#include "OAuthSignInPanel.h"

#include "oauth/GrantStore.h"
#include "oauth/InteractiveSignIn.h"
#include "oauth/OAuthConfig.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QVBoxLayout>

namespace soar::ui {

using common::Error;

OAuthSignInPanel::OAuthSignInPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("oauthSignInPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("oauthStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    // The fallback shows the authorization URL: the analyst may need to copy it.
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    m_signIn = new QPushButton(tr("Sign &in…"), this);
    m_signIn->setObjectName(QStringLiteral("oauthSignIn"));
    m_cancel = new QPushButton(tr("Cancel sign-in"), this);
    m_cancel->setObjectName(QStringLiteral("oauthCancel"));
    m_signOut = new QPushButton(tr("Sign &out"), this);
    m_signOut->setObjectName(QStringLiteral("oauthSignOut"));
    m_signOut->setToolTip(tr("Removes the sign-in from the keychain; fetching stops until you sign in again"));
    m_resume = new QPushButton(tr("Resume fetching"), this);
    m_resume->setObjectName(QStringLiteral("oauthResume"));
    m_resume->setToolTip(tr("Fetching was paused because the sign-in was no longer valid"));
    for (QPushButton *button : {m_signIn, m_cancel, m_signOut, m_resume})
        buttons->addWidget(button);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_signIn, &QPushButton::clicked, this, &OAuthSignInPanel::startRequested);
    connect(m_cancel, &QPushButton::clicked, this, &OAuthSignInPanel::cancel);
    connect(m_signOut, &QPushButton::clicked, this, &OAuthSignInPanel::signOut);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        offerResume(false);
        emit resumeRequested();
    });
    m_resume->hide();
    setResource(QString());
}

OAuthSignInPanel::~OAuthSignInPanel()
{
    dropFlow();
}

void OAuthSignInPanel::setKeychain(settings::SecretStore *keychain)
{
    m_keychain = keychain;
    updateButtons();
}

void OAuthSignInPanel::setResource(const QString &resource)
{
    dropFlow();
    ++m_generation;
    m_resource = resource;
    m_signedIn = false;
    m_writing = false;
    m_resume->hide();
    setStatus(m_announceSignedOut ? tr("Not signed in.") : QString());
    updateButtons();
}

void OAuthSignInPanel::setAnnounceSignedOut(bool announce)
{
    m_announceSignedOut = announce;
    if (!isBusy() && !m_signedIn)
        setStatus(announce ? tr("Not signed in.") : QString());
}

void OAuthSignInPanel::setSignInText(const QString &text)
{
    m_signInText = text;
    updateButtons();
}

void OAuthSignInPanel::showSignedIn(const QString &account)
{
    if (isBusy())
        return; // a sign-in in progress will report its own result
    m_signedIn = true;
    setStatus(account.isEmpty() ? tr("Signed in.") : tr("Signed in as %1").arg(account));
    updateButtons();
}

void OAuthSignInPanel::offerResume(bool offered)
{
    m_resume->setVisible(offered);
}

void OAuthSignInPanel::start(const settings::OAuthSettings &oauth, const QString &clientSecret)
{
    if (isBusy() || !m_keychain || m_resource.isEmpty())
        return;
    const auto config = oauth::OAuthConfig::fromSettings(oauth);
    if (!config.ok()) {
        setStatus(config.error().message, true);
        return;
    }
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    auto *flow = new oauth::InteractiveSignIn(config.value(), clientSecret, m_network, this);
    m_flow = flow;
    flow->setLoginHint(m_loginHint);
    connect(flow, &oauth::InteractiveSignIn::progress, this, [this](const QString &message) { setStatus(message); });
    connect(flow, &oauth::InteractiveSignIn::openBrowser, this, [this](const QUrl &url) {
        if (!QDesktopServices::openUrl(url))
            setStatus(tr("No browser could be opened. Open this address in a browser on this computer to sign in: %1")
                          .arg(url.toString(QUrl::FullyEncoded)));
    });
    connect(flow, &oauth::InteractiveSignIn::finished, this, &OAuthSignInPanel::onFinished);
    updateButtons();
    flow->start();
}

void OAuthSignInPanel::cancel()
{
    if (m_flow)
        m_flow->cancel(); // finished(Cancelled) follows at once
}

void OAuthSignInPanel::onFinished(const Error &error)
{
    const oauth::TokenResponse tokens = m_flow ? m_flow->tokens() : oauth::TokenResponse {};
    dropFlow();
    if (error.kind == Error::Kind::Cancelled)
        setStatus(m_signedIn ? tr("Sign-in cancelled; the previous sign-in is still in use.") : tr("Sign-in cancelled."));
    else if (error)
        setStatus(tr("The sign-in failed: %1").arg(error.message), true);
    else
        storeGrant(tokens.refreshToken, tokens.account);
    updateButtons();
}

void OAuthSignInPanel::storeGrant(const QString &refreshToken, const QString &account)
{
    m_writing = true;
    setStatus(tr("Saving the sign-in in the keychain…"));
    const int generation = m_generation;
    oauth::GrantStore(m_keychain, m_resource)
        .write({refreshToken, account},
            [self = QPointer<OAuthSignInPanel>(this), generation, account](const common::Result<void> &written) {
                if (!self || generation != self->m_generation)
                    return;
                self->m_writing = false;
                if (!written.ok()) {
                    self->setStatus(
                        tr("Signed in, but the keychain could not keep the sign-in: %1").arg(written.error().message), true);
                } else {
                    self->showSignedIn(account);
                    emit self->signedIn(account);
                }
                self->updateButtons();
            });
    updateButtons();
}

void OAuthSignInPanel::signOut()
{
    if (isBusy() || !m_keychain || m_resource.isEmpty())
        return;
    m_writing = true;
    updateButtons();
    const int generation = m_generation;
    oauth::GrantStore(m_keychain, m_resource)
        .remove([self = QPointer<OAuthSignInPanel>(this), generation](const common::Result<void> &removed) {
            if (!self || generation != self->m_generation)
                return;
            self->m_writing = false;
            if (!removed.ok() && removed.error().kind != Error::Kind::NotFound) {
                self->setStatus(tr("Could not remove the sign-in from the keychain: %1").arg(removed.error().message), true);
            } else {
                self->m_signedIn = false;
                self->setStatus(tr("Signed out. Fetching stops until you sign in again."));
            }
            self->updateButtons();
        });
}

void OAuthSignInPanel::dropFlow()
{
    if (!m_flow)
        return;
    oauth::InteractiveSignIn *flow = m_flow;
    m_flow = nullptr;
    flow->disconnect(this);
    flow->cancel(); // closes the loopback listener
    flow->deleteLater();
}

bool OAuthSignInPanel::isBusy() const
{
    return !m_flow.isNull() || m_writing;
}

QWidget *OAuthSignInPanel::lastInTabOrder() const
{
    return m_resume;
}

void OAuthSignInPanel::setStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty()); // an empty line would still take room above the button
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, isError ? QColor(0xd0, 0x36, 0x2c) : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

void OAuthSignInPanel::updateButtons()
{
    const bool canSign = m_keychain && !m_resource.isEmpty();
    m_signIn->setEnabled(canSign && !isBusy());
    m_signIn->setText(m_signedIn ? tr("Sign &in again…") : (m_signInText.isEmpty() ? tr("Sign &in…") : m_signInText));
    m_signIn->setToolTip(canSign
            ? tr("Opens the provider's sign-in page in your browser; the sign-in is kept in the system keychain")
            : tr("Name the resource first: the sign-in is kept in the keychain under its name"));
    m_cancel->setVisible(!m_flow.isNull());
    m_signOut->setVisible(m_signedIn);
    m_signOut->setEnabled(!isBusy());
}

} // namespace soar::ui
