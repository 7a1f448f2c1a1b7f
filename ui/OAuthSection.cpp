#include "OAuthSection.h"

#include "InlineErrors.h"
#include "OAuthSignInPanel.h"
#include "PasswordField.h"
#include "oauth/OAuthConfig.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>

namespace soar::ui {

using settings::OAuthFlow;
using settings::OAuthMechanism;
using settings::OAuthProvider;

namespace {

QString joined(const QStringList &scopes)
{
    return scopes.join(QLatin1Char(' '));
}

} // namespace

OAuthSection::OAuthSection(InlineErrors *errors, QWidget *parent) : QGroupBox(tr("OAuth 2.0 sign-in"), parent)
{
    setObjectName(QStringLiteral("oauthSection"));
    m_form = new QFormLayout(this);

    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("oauthProvider"));
    m_provider->addItem(tr("Microsoft 365"), int(OAuthProvider::Microsoft));
    m_provider->addItem(tr("Google (Gmail)"), int(OAuthProvider::Google));
    m_provider->addItem(tr("Custom provider"), int(OAuthProvider::Custom));
    m_provider->setToolTip(tr("Microsoft 365 and Google fill in their sign-in addresses and scopes"));
    m_provider->setAccessibleName(tr("OAuth provider"));
    errors->addRow(m_form, tr("Provi&der:"), m_provider, QStringLiteral("imap.oauth.provider"));

    m_flow = new QComboBox(this);
    m_flow->setObjectName(QStringLiteral("oauthFlow"));
    m_flow->addItem(tr("Interactive sign-in"), int(OAuthFlow::Interactive));
    m_flow->addItem(tr("App-only (client credentials)"), int(OAuthFlow::ClientCredentials));
    m_flow->addItem(tr("Service account (Google Workspace)"), int(OAuthFlow::ServiceAccount));
    m_flow->setToolTip(tr("App-only lets soar-imapd fetch unattended with the app's client secret (Microsoft 365 and "
                          "custom providers); a service account does so for Google Workspace with its key file"));
    m_flow->setAccessibleName(tr("OAuth flow"));
    errors->addRow(m_form, tr("Flow:"), m_flow, QStringLiteral("imap.oauth.flow"));

    m_tenant = new QLineEdit(this);
    m_tenant->setObjectName(QStringLiteral("oauthTenant"));
    m_tenant->setPlaceholderText(tr("organizations (any work or school account)"));
    m_tenant->setToolTip(tr("Directory (tenant) id or primary domain, e.g. contoso.onmicrosoft.com; required for app-only"));
    m_tenant->setAccessibleName(tr("Tenant"));
    errors->addRow(m_form, tr("Tenant:"), m_tenant, QStringLiteral("imap.oauth.tenant"));

    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("oauthClientId"));
    m_clientId->setPlaceholderText(tr("e.g. 0f1e2d3c-aaaa-bbbb-cccc-123456789abc"));
    m_clientId->setToolTip(tr("The application (client) id of your app registration, see docs/oauth.md"));
    m_clientId->setAccessibleName(tr("Client id"));
    errors->addRow(m_form, tr("Client id:"), m_clientId, QStringLiteral("imap.oauth.clientId"));

    auto *secret = new PasswordField(QStringLiteral("oauthClientSecret"), tr("Client secret"), this);
    m_clientSecretField = secret;
    m_clientSecret = secret->lineEdit();
    m_clientSecret->setToolTip(tr("Stored in the system keychain, never in the settings file"));
    errors->addRow(m_form, tr("Client secret:"), secret, QStringLiteral("imap.oauth.clientSecret"), m_clientSecret);

    m_scopes = new QLineEdit(this);
    m_scopes->setObjectName(QStringLiteral("oauthScopes"));
    m_scopes->setPlaceholderText(tr("e.g. imap offline_access"));
    m_scopes->setToolTip(tr("Space-separated; the provider preset fills them in"));
    m_scopes->setAccessibleName(tr("Scopes"));
    errors->addRow(m_form, tr("Scopes:"), m_scopes, QStringLiteral("imap.oauth.scopes"));

    m_authUrl = new QLineEdit(this);
    m_authUrl->setObjectName(QStringLiteral("oauthAuthUrl"));
    m_authUrl->setPlaceholderText(QStringLiteral("https://idp.example.com/authorize"));
    m_authUrl->setAccessibleName(tr("Authorization URL"));
    errors->addRow(m_form, tr("Authorization URL:"), m_authUrl, QStringLiteral("imap.oauth.authUrl"));

    m_tokenUrl = new QLineEdit(this);
    m_tokenUrl->setObjectName(QStringLiteral("oauthTokenUrl"));
    m_tokenUrl->setPlaceholderText(QStringLiteral("https://idp.example.com/token"));
    m_tokenUrl->setAccessibleName(tr("Token URL"));
    errors->addRow(m_form, tr("Token URL:"), m_tokenUrl, QStringLiteral("imap.oauth.tokenUrl"));

    m_keyFile = new QLineEdit(this);
    m_keyFile->setObjectName(QStringLiteral("oauthKeyFile"));
    m_keyFile->setPlaceholderText(tr("e.g. /etc/soar-imap/service-account.json"));
    m_keyFile->setToolTip(tr("The service account's JSON key file; only its owner may read it (chmod 600)"));
    m_keyFile->setAccessibleName(tr("Key file"));
    errors->addRow(m_form, tr("Key file:"), m_keyFile, QStringLiteral("imap.oauth.keyFile"));

    m_mechanism = new QComboBox(this);
    m_mechanism->setObjectName(QStringLiteral("oauthMechanism"));
    m_mechanism->addItem(QStringLiteral("XOAUTH2"), int(OAuthMechanism::XOAuth2));
    m_mechanism->addItem(QStringLiteral("OAUTHBEARER (RFC 7628)"), int(OAuthMechanism::OAuthBearer));
    m_mechanism->setToolTip(tr("How the token is sent to the IMAP server; Microsoft 365 only offers XOAUTH2"));
    m_mechanism->setAccessibleName(tr("SASL mechanism"));
    errors->addRow(m_form, tr("SASL mechanism:"), m_mechanism, QStringLiteral("imap.oauth.mechanism"));

    m_appOnlyHint = new QLabel(tr("No one signs in: the app gets its tokens with the client secret. "
                                  "The Mailbox account field names the mailbox to open."),
        this);
    m_appOnlyHint->setObjectName(QStringLiteral("oauthAppOnlyHint"));
    m_appOnlyHint->setWordWrap(true);
    m_form->addRow(QString(), m_appOnlyHint);

    m_panel = new OAuthSignInPanel(this);
    m_form->addRow(tr("Sign-in:"), m_panel);

    connect(m_provider, &QComboBox::currentIndexChanged, this, &OAuthSection::onProviderOrFlowChanged);
    connect(m_flow, &QComboBox::currentIndexChanged, this, &OAuthSection::onProviderOrFlowChanged);
    connect(m_mechanism, &QComboBox::currentIndexChanged, this, &OAuthSection::changed);
    connect(m_tenant, &QLineEdit::textChanged, this, [this] {
        if (!m_loading)
            showPreset(); // Microsoft's endpoints name the tenant
    });
    for (QLineEdit *edit : {m_tenant, m_clientId, m_clientSecret, m_scopes, m_authUrl, m_tokenUrl, m_keyFile})
        connect(edit, &QLineEdit::textChanged, this, &OAuthSection::changed);
    connect(m_panel, &OAuthSignInPanel::startRequested, this, [this] { m_panel->start(current(), clientSecret()); });

    load(settings::OAuthSettings {});
}

void OAuthSection::load(const settings::OAuthSettings &oauth)
{
    m_loading = true;
    m_loaded = oauth;
    m_provider->setCurrentIndex(m_provider->findData(int(oauth.provider)));
    m_flow->setCurrentIndex(m_flow->findData(int(oauth.flow)));
    m_mechanism->setCurrentIndex(m_mechanism->findData(int(oauth.mechanism)));
    m_tenant->setText(oauth.tenant);
    m_clientId->setText(oauth.clientId);
    m_keyFile->setText(oauth.keyFile);
    m_shownDefaultScopes = joined(oauth::OAuthConfig::defaultScopes(oauth.provider, oauth.flow));
    m_scopes->setText(oauth.scopes.isEmpty() ? m_shownDefaultScopes : oauth.scopes);
    const bool custom = oauth.provider == OAuthProvider::Custom;
    m_customAuthUrl = custom ? oauth.authUrl : QString();
    m_customTokenUrl = custom ? oauth.tokenUrl : QString();
    m_authUrl->setText(m_customAuthUrl);
    m_tokenUrl->setText(m_customTokenUrl);
    m_shownProvider = oauth.provider;
    m_loading = false;
    showPreset();
}

void OAuthSection::apply(settings::OAuthSettings &oauth) const
{
    oauth.provider = provider();
    oauth.flow = flow();
    oauth.mechanism = OAuthMechanism(m_mechanism->currentData().toInt());
    oauth.tenant = m_tenant->text().trimmed();
    oauth.clientId = m_clientId->text().trimmed();
    oauth.keyFile = oauth.flow == OAuthFlow::ServiceAccount ? m_keyFile->text().trimmed() : QString();
    // The preset's own scopes are stored as "empty" so that a new preset version reaches them.
    const QString scopes = m_scopes->text().simplified();
    if (scopes == m_loaded.scopes.simplified())
        oauth.scopes = m_loaded.scopes;
    else if (scopes == joined(oauth::OAuthConfig::defaultScopes(oauth.provider, oauth.flow)))
        oauth.scopes.clear();
    else
        oauth.scopes = scopes;
    if (oauth.provider == OAuthProvider::Custom) {
        oauth.authUrl = m_authUrl->text().trimmed();
        oauth.tokenUrl = m_tokenUrl->text().trimmed();
    } else {
        // A preset's endpoints are shown, not stored; an override from the file stays as it was.
        const bool sameProvider = oauth.provider == m_loaded.provider;
        oauth.authUrl = sameProvider ? m_loaded.authUrl : QString();
        oauth.tokenUrl = sameProvider ? m_loaded.tokenUrl : QString();
    }
}

settings::OAuthSettings OAuthSection::current() const
{
    settings::OAuthSettings oauth = m_loaded;
    apply(oauth);
    return oauth;
}

void OAuthSection::setClientSecret(const QString &secret)
{
    m_clientSecret->setText(secret);
}

QString OAuthSection::clientSecret() const
{
    return m_clientSecret->text();
}

QWidget *OAuthSection::firstInTabOrder() const
{
    return m_provider;
}

QWidget *OAuthSection::lastInTabOrder() const
{
    return m_panel->lastInTabOrder();
}

OAuthProvider OAuthSection::provider() const
{
    return OAuthProvider(m_provider->currentData().toInt());
}

OAuthFlow OAuthSection::flow() const
{
    return OAuthFlow(m_flow->currentData().toInt());
}

void OAuthSection::onProviderOrFlowChanged()
{
    if (m_loading)
        return;
    if ((provider() == OAuthProvider::Google && flow() == OAuthFlow::ClientCredentials)
        || (provider() == OAuthProvider::Microsoft && flow() == OAuthFlow::ServiceAccount)) {
        const QSignalBlocker blocker(m_flow); // Gmail has no app-only access, Microsoft no service accounts
        m_flow->setCurrentIndex(m_flow->findData(int(OAuthFlow::Interactive)));
    }
    if (provider() != OAuthProvider::Microsoft && m_shownProvider == OAuthProvider::Microsoft)
        m_tenant->clear();
    // Scopes follow the preset unless the analyst edited them.
    const QString defaults = joined(oauth::OAuthConfig::defaultScopes(provider(), flow()));
    const QString shown = m_scopes->text().simplified();
    if (shown.isEmpty() || shown == m_shownDefaultScopes)
        m_scopes->setText(defaults);
    m_shownDefaultScopes = defaults;
    showPreset();
    emit changed();
}

void OAuthSection::showPreset()
{
    const OAuthProvider shown = provider();
    const bool custom = shown == OAuthProvider::Custom;
    const bool appOnly = flow() == OAuthFlow::ClientCredentials;
    const bool serviceAccount = flow() == OAuthFlow::ServiceAccount;
    if (m_shownProvider == OAuthProvider::Custom && !custom) {
        m_customAuthUrl = m_authUrl->text();
        m_customTokenUrl = m_tokenUrl->text();
    } else if (custom && m_shownProvider != OAuthProvider::Custom) {
        m_authUrl->setText(m_customAuthUrl);
        m_tokenUrl->setText(m_customTokenUrl);
    }
    m_shownProvider = shown;
    if (!custom) {
        // The core's preset is the one source of the endpoints; client id and scopes only
        // stand in so that it answers.
        settings::OAuthSettings preset = current();
        preset.clientId = QStringLiteral("-");
        preset.scopes = QStringLiteral("-");
        const auto config = oauth::OAuthConfig::fromSettings(preset);
        m_authUrl->setText(config.ok() ? config.value().authorizationUrl.toString() : QString());
        m_tokenUrl->setText(config.ok() ? config.value().tokenUrl.toString() : QString());
        m_authUrl->setCursorPosition(0); // the host matters more than the path
        m_tokenUrl->setCursorPosition(0);
    }
    m_authUrl->setReadOnly(!custom);
    m_tokenUrl->setReadOnly(!custom);
    const QString presetTip = tr("Set by the provider preset; choose Custom provider to enter other addresses");
    m_authUrl->setToolTip(custom ? tr("The provider's authorization endpoint (https://)") : presetTip);
    m_tokenUrl->setToolTip(custom ? tr("The provider's token endpoint (https://)") : presetTip);

    if (auto *model = qobject_cast<QStandardItemModel *>(m_flow->model())) {
        model->item(m_flow->findData(int(OAuthFlow::ClientCredentials)))->setEnabled(shown != OAuthProvider::Google);
        model->item(m_flow->findData(int(OAuthFlow::ServiceAccount)))->setEnabled(shown != OAuthProvider::Microsoft);
    }
    m_form->setRowVisible(m_tenant, shown == OAuthProvider::Microsoft || !m_tenant->text().isEmpty());
    m_form->setRowVisible(m_authUrl, !appOnly && !serviceAccount);
    m_form->setRowVisible(m_appOnlyHint, appOnly || serviceAccount);
    m_form->setRowVisible(m_panel, !appOnly && !serviceAccount);
    m_form->setRowVisible(m_keyFile, serviceAccount);
    m_form->setRowVisible(m_clientId, !serviceAccount);
    m_form->setRowVisible(m_clientSecretField, !serviceAccount);
    m_appOnlyHint->setText(serviceAccount ? tr("No one signs in: the service account signs its own token request with "
                                               "the key file and acts for the mailbox named in Mailbox account "
                                               "(domain-wide delegation).")
                                          : tr("No one signs in: the app gets its tokens with the client secret. "
                                               "The Mailbox account field names the mailbox to open."));
    m_clientSecret->setPlaceholderText(appOnly ? tr("required: the client secret of the app registration")
                                               : tr("only if the provider issued one (Google desktop apps do)"));
}

} // namespace soar::ui
