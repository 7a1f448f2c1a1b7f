#include "FirstRunPage.h"

#include "OAuthSignInPanel.h"
#include "PasswordField.h"
#include "ServerPreset.h"
#include "TabOrder.h"
#include "settings/SettingsValidator.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace soar::ui {

using settings::ImapSecurity;
using settings::OAuthProvider;

FirstRunPage::FirstRunPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("firstRunPage"));
    auto *outer = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Connect your first mailbox</h2>"
                                "<p>Pick your mail provider and sign in. soar-imap then tests the connection; you can "
                                "add Cloud SOAR, pre-filters and more in the full form later.</p>"),
        this);
    title->setObjectName(QStringLiteral("firstRunTitle"));
    title->setWordWrap(true);
    outer->addWidget(title);

    m_form = new QFormLayout;
    QFormLayout *form = m_form;
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("firstRunPreset"));
    m_preset->setAccessibleName(tr("Mail provider"));
    for (const ServerPreset &preset : ServerPreset::all())
        m_preset->addItem(preset.name, preset.id);
    form->addRow(tr("Mail &provider:"), m_preset);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("firstRunHint"));
    m_hint->setWordWrap(true);
    // Its own row across both columns: a wrapped label beside an empty one gets stretched tall.
    form->addRow(m_hint);

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("firstRunHost"));
    m_host->setPlaceholderText(tr("e.g. imap.example.com"));
    m_host->setAccessibleName(tr("IMAP server"));
    m_errors.addRow(form, tr("IMAP &server:"), m_host, QStringLiteral("imap.host"));

    auto *securityRow = new QWidget(this);
    auto *securityLayout = new QHBoxLayout(securityRow);
    securityLayout->setContentsMargins(0, 0, 0, 0);
    m_security = new QComboBox(securityRow);
    m_security->setObjectName(QStringLiteral("firstRunSecurity"));
    m_security->setAccessibleName(tr("Security"));
    // Unencrypted connections stay in the full form, behind its warning.
    m_security->addItem(tr("SSL/TLS"), int(ImapSecurity::Tls));
    m_security->addItem(tr("STARTTLS"), int(ImapSecurity::StartTls));
    m_port = new QSpinBox(securityRow);
    m_port->setObjectName(QStringLiteral("firstRunPort"));
    m_port->setRange(0, 999999); // out-of-range values get the validator's explanation
    m_port->setValue(993);
    m_port->setAccessibleName(tr("Port"));
    securityLayout->addWidget(m_security, 1);
    securityLayout->addWidget(new QLabel(tr("Port:"), securityRow));
    securityLayout->addWidget(m_port);
    m_errors.addRow(form, tr("S&ecurity:"), securityRow, QStringLiteral("imap.port"), m_security);

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("firstRunUsername"));
    m_username->setPlaceholderText(tr("e.g. phishing-reports@example.com"));
    m_username->setAccessibleName(tr("Username"));
    m_errors.addRow(form, tr("&Username:"), m_username, QStringLiteral("imap.username"));

    auto *passwordField = new PasswordField(QStringLiteral("firstRunPassword"), tr("Password"), this);
    m_passwordField = passwordField;
    m_password = passwordField->lineEdit();
    m_password->setToolTip(tr("Stored in the system keychain, never in the settings file"));
    m_errors.addRow(form, tr("Pass&word:"), passwordField, QStringLiteral("imap.password"), m_password);

    // OAuth: the app registration the administrator made, with where to find it.
    m_appHint = new QLabel(this);
    m_appHint->setObjectName(QStringLiteral("firstRunAppHint"));
    m_appHint->setWordWrap(true);
    m_appHint->setOpenExternalLinks(true);
    m_appHint->setTextFormat(Qt::RichText);
    form->addRow(m_appHint);
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("firstRunClientId"));
    m_clientId->setAccessibleName(tr("Client id"));
    m_errors.addRow(form, tr("&Client id:"), m_clientId, QStringLiteral("imap.oauth.clientId"));
    m_tenant = new QLineEdit(this);
    m_tenant->setObjectName(QStringLiteral("firstRunTenant"));
    m_tenant->setPlaceholderText(tr("e.g. contoso.onmicrosoft.com (empty: any work or school account)"));
    m_tenant->setAccessibleName(tr("Tenant"));
    m_errors.addRow(form, tr("&Tenant:"), m_tenant, QStringLiteral("imap.oauth.tenant"));
    auto *clientSecret = new PasswordField(QStringLiteral("firstRunClientSecret"), tr("Client secret"), this);
    m_clientSecretField = clientSecret;
    m_clientSecret = clientSecret->lineEdit();
    m_clientSecret->setToolTip(tr("Google issues one to desktop clients; stored in the system keychain"));
    m_errors.addRow(form, tr("Client secre&t:"), clientSecret, QStringLiteral("imap.oauth.clientSecret"), m_clientSecret);

    m_folder = new QLineEdit(QStringLiteral("INBOX"), this);
    m_folder->setObjectName(QStringLiteral("firstRunFolder"));
    m_folder->setToolTip(tr("The folder the reported mail arrives in"));
    m_folder->setAccessibleName(tr("Folder"));
    m_errors.addRow(form, tr("&Folder:"), m_folder, QStringLiteral("imap.folder"));

    m_name = new QLineEdit(QStringLiteral("mailbox"), this);
    m_name->setObjectName(QStringLiteral("firstRunName"));
    m_name->setToolTip(tr("How this mailbox is called in soar-imap, e.g. soc-inbox"));
    m_name->setAccessibleName(tr("Resource name"));
    m_errors.addRow(form, tr("Resource &name:"), m_name, QStringLiteral("name"));

    m_signIn = new OAuthSignInPanel(this);
    m_signIn->setAnnounceSignedOut(false);
    form->addRow(m_signIn);
    outer->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("firstRunError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, QColor(0xd0, 0x36, 0x2c));
    m_error->setPalette(red);
    m_error->hide();
    outer->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    auto *fullForm = new QPushButton(tr("Use the f&ull form…"), this);
    fullForm->setObjectName(QStringLiteral("firstRunFullForm"));
    fullForm->setToolTip(tr("Add a resource with every setting: Cloud SOAR, fetching, pre-filters, certificates"));
    m_finish = new QPushButton(tr("Save and &Test"), this);
    m_finish->setObjectName(QStringLiteral("firstRunFinish"));
    m_finish->setDefault(true);
    buttons->addWidget(fullForm);
    buttons->addStretch(1);
    buttons->addWidget(m_finish);
    outer->addLayout(buttons);
    outer->addStretch(1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &FirstRunPage::onPresetChanged);
    connect(m_security, &QComboBox::currentIndexChanged, this, &FirstRunPage::onSecurityChanged);
    connect(m_port, &QSpinBox::valueChanged, this, &FirstRunPage::refresh);
    for (QLineEdit *edit : {m_name, m_host, m_username, m_password, m_clientId, m_tenant, m_clientSecret, m_folder}) {
        connect(edit, &QLineEdit::textEdited, this, [this] { m_edited = true; });
        connect(edit, &QLineEdit::textChanged, this, &FirstRunPage::refresh);
    }
    connect(fullForm, &QPushButton::clicked, this, &FirstRunPage::fullFormRequested);
    connect(m_finish, &QPushButton::clicked, this, [this] {
        m_edited = true;
        refresh();
        if (issues().isEmpty() && !m_busy)
            emit finished(resource(), secrets());
    });
    connect(m_signIn, &OAuthSignInPanel::startRequested, this, &FirstRunPage::onSignInRequested);
    // Signed in: the grant is in the keychain under the resource's name; now save and test.
    connect(m_signIn, &OAuthSignInPanel::signedIn, this, [this] {
        if (!m_busy)
            emit finished(resource(), secrets());
    });
    setTabOrderChain({m_preset, m_host, m_security, m_port, m_username, m_password, m_clientId, m_tenant, m_clientSecret,
        m_folder, m_name, m_signIn->lastInTabOrder(), fullForm, m_finish});
    onPresetChanged();
}

void FirstRunPage::setKeychain(settings::SecretStore *keychain)
{
    m_signIn->setKeychain(keychain);
    refresh();
}

std::optional<OAuthProvider> FirstRunPage::oauthProvider() const
{
    const QString id = m_preset->currentData().toString();
    for (const ServerPreset &preset : ServerPreset::all()) {
        if (preset.id == id)
            return preset.oauth;
    }
    return std::nullopt;
}

settings::ResourceSettings FirstRunPage::resource() const
{
    settings::ResourceSettings r;
    r.name = m_name->text().trimmed();
    r.imap.host = m_host->text().trimmed();
    r.imap.security = ImapSecurity(m_security->currentData().toInt());
    r.imap.port = m_port->value();
    r.imap.username = m_username->text().trimmed();
    r.imap.folder = m_folder->text().trimmed();
    if (const auto provider = oauthProvider()) {
        r.imap.auth = settings::ImapAuth::OAuth2;
        r.imap.oauth.provider = *provider;
        r.imap.oauth.clientId = m_clientId->text().trimmed();
        if (*provider == OAuthProvider::Microsoft)
            r.imap.oauth.tenant = m_tenant->text().trimmed();
    }
    return r;
}

ResourceSecrets FirstRunPage::secrets() const
{
    if (oauthProvider())
        return {QString(), QString(), oauthProvider() == OAuthProvider::Google ? m_clientSecret->text() : QString()};
    return {m_password->text(), QString(), QString()};
}

QList<settings::SettingsIssue> FirstRunPage::issues() const
{
    const settings::ResourceSettings r = resource();
    QList<settings::SettingsIssue> found = settings::SettingsValidator::validate(r);
    if (oauthProvider()) {
        // The sign-in page is pre-filled with this address, and it names the mailbox.
        if (r.imap.username.isEmpty())
            found.append({r.name, QStringLiteral("imap.username"), tr("the e-mail address of the mailbox is missing")});
        if (oauthProvider() == OAuthProvider::Google && m_clientSecret->text().isEmpty())
            found.append({r.name, QStringLiteral("imap.oauth.clientSecret"),
                tr("Google's token endpoint needs the client secret of the desktop client")});
    } else if (m_password->text().isEmpty()) {
        // The full form may leave it to a password command; here the keychain is the only source.
        found.append({r.name, QStringLiteral("imap.password"), tr("the password is missing")});
    }
    return found;
}

void FirstRunPage::setBusy(bool busy)
{
    m_busy = busy;
    m_finish->setText(busy ? tr("Saving…") : tr("Save and &Test"));
    refresh();
}

void FirstRunPage::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void FirstRunPage::reset()
{
    m_name->setText(QStringLiteral("mailbox"));
    m_username->clear();
    m_password->clear();
    m_clientId->clear();
    m_tenant->clear();
    m_clientSecret->clear();
    m_folder->setText(QStringLiteral("INBOX"));
    m_signIn->setResource(QString());
    m_preset->setCurrentIndex(0);
    onPresetChanged();
    m_edited = false;
    setError(QString());
    refresh();
}

void FirstRunPage::onSignInRequested()
{
    m_edited = true;
    refresh();
    const settings::ResourceSettings r = resource();
    if (!issues().isEmpty() || m_busy)
        return;
    // The grant is kept under the resource's name, so the name is fixed from here on.
    m_signIn->setResource(r.name);
    m_signIn->setLoginHint(r.imap.username);
    m_signIn->start(r.imap.oauth, secrets().oauthClientSecret);
}

void FirstRunPage::onPresetChanged()
{
    const QList<ServerPreset> presets = ServerPreset::all();
    const QString id = m_preset->currentData().toString();
    for (const ServerPreset &preset : presets) {
        if (preset.id != id)
            continue;
        m_host->setText(preset.host);
        m_host->setReadOnly(!preset.host.isEmpty());
        {
            const QSignalBlocker block(m_security);
            m_security->setCurrentIndex(m_security->findData(int(preset.security)));
        }
        m_shownSecurity = preset.security;
        m_port->setValue(preset.port);
        m_hint->setText(preset.hint);
        const bool oauth = preset.oauth.has_value();
        const bool microsoft = preset.oauth == OAuthProvider::Microsoft;
        const QString link = QStringLiteral("<a href=\"%1\">docs/oauth.md</a>")
                                 .arg(ServerPreset::oauthDocsLink(microsoft ? QStringLiteral("microsoft-365-microsoft-entra-id")
                                                                            : QStringLiteral("gmail-google-cloud")));
        m_appHint->setText(microsoft
                ? tr("The client id and tenant come from the app registration your Microsoft Entra administrator made "
                     "for soar-imap (%1).")
                      .arg(link)
                : tr("The client id and secret come from the Desktop app OAuth client in your Google Cloud project (%1).")
                      .arg(link));
        m_form->setRowVisible(m_passwordField, !oauth);
        m_form->setRowVisible(m_appHint, oauth);
        m_form->setRowVisible(m_clientId, oauth);
        m_form->setRowVisible(m_tenant, microsoft);
        m_form->setRowVisible(m_clientSecretField, preset.oauth == OAuthProvider::Google);
        m_form->setRowVisible(m_signIn, oauth);
        m_finish->setVisible(!oauth);
        m_signIn->setSignInText(microsoft ? tr("Sign in with &Microsoft") : tr("Sign in with &Google"));
        m_clientId->setPlaceholderText(
            microsoft ? tr("e.g. 0f1e2d3c-aaaa-bbbb-cccc-123456789abc") : tr("e.g. 1234-abcd.apps.googleusercontent.com"));
        m_username->setPlaceholderText(oauth ? tr("the mailbox's e-mail address, e.g. phishing-reports@example.com")
                                             : tr("e.g. phishing-reports@example.com"));
        if (preset.host.isEmpty())
            m_host->setFocus(Qt::OtherFocusReason);
    }
    refresh();
}

void FirstRunPage::onSecurityChanged()
{
    const auto security = ImapSecurity(m_security->currentData().toInt());
    if (m_port->value() == settings::ResourceSettings::defaultPort(m_shownSecurity))
        m_port->setValue(settings::ResourceSettings::defaultPort(security));
    m_shownSecurity = security;
    refresh();
}

void FirstRunPage::refresh()
{
    // The sign-in is kept under the resource's name; follow the name until a sign-in runs.
    const QString name = m_name->text().trimmed();
    if (!m_signIn->isBusy() && name != m_signIn->resource())
        m_signIn->setResource(name);
    const QList<settings::SettingsIssue> found = issues();
    m_errors.show(m_edited ? found : QList<settings::SettingsIssue> {});
    m_finish->setEnabled(!m_busy);
    m_finish->setToolTip(
        found.isEmpty() ? tr("Save the resource, then run Test Saved Settings") : tr("Fill in the fields marked in red first"));
}

} // namespace soar::ui
