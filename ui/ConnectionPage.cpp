#include "ConnectionPage.h"

#include "InlineErrors.h"
#include "OAuthSection.h"
#include "OAuthSignInPanel.h"
#include "PasswordField.h"
#include "TabOrder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace soar::ui {

using settings::ImapAuth;
using settings::ImapSecurity;

ConnectionPage::ConnectionPage(InlineErrors *errors, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("connectionPage"));
    auto *form = new QFormLayout(this);
    m_form = form;

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("imapHost"));
    m_host->setPlaceholderText(tr("e.g. outlook.office365.com"));
    m_host->setToolTip(tr("Host name of the IMAP server, without imap:// or a port"));
    m_host->setAccessibleName(tr("IMAP server"));
    errors->addRow(form, tr("IMAP &server:"), m_host, QStringLiteral("imap.host"));

    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("imapSecurity"));
    m_security->addItem(tr("SSL/TLS"), QVariant::fromValue(int(ImapSecurity::Tls)));
    m_security->addItem(tr("STARTTLS"), QVariant::fromValue(int(ImapSecurity::StartTls)));
    m_security->addItem(tr("None (unencrypted)"), QVariant::fromValue(int(ImapSecurity::None)));
    m_security->setToolTip(tr("SSL/TLS uses port 993, STARTTLS upgrades a plain connection on port 143"));
    m_security->setAccessibleName(tr("Security"));
    errors->addRow(form, tr("S&ecurity:"), m_security, QStringLiteral("imap.security"));

    m_plaintextWarning
        = new QLabel(tr("Without encryption, the password and every mail cross the network readable by anyone on the path. "
                        "Use this only for a server on this machine or a trusted test network."),
            this);
    m_plaintextWarning->setObjectName(QStringLiteral("plaintextWarning"));
    m_plaintextWarning->setWordWrap(true);
    QPalette warningPalette = m_plaintextWarning->palette();
    warningPalette.setColor(QPalette::WindowText, QColor(0xb3, 0x6b, 0x00));
    m_plaintextWarning->setPalette(warningPalette);
    form->addRow(QString(), m_plaintextWarning);

    m_allowPlaintext = new QCheckBox(tr("A&llow sending the password unencrypted"), this);
    m_allowPlaintext->setObjectName(QStringLiteral("imapAllowPlaintextPassword"));
    m_allowPlaintext->setToolTip(tr("Needed to log in when security is None"));
    errors->addRow(form, QString(), m_allowPlaintext, QStringLiteral("imap.allowPlaintextPassword"));

    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("imapPort"));
    // Wider than valid on purpose: an out-of-range port gets the validator's explanation.
    m_port->setRange(0, 999999);
    m_port->setValue(993);
    m_port->setToolTip(tr("Follows the security setting (993 or 143) unless you change it"));
    m_port->setAccessibleName(tr("Port"));
    errors->addRow(form, tr("&Port:"), m_port, QStringLiteral("imap.port"));

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("imapUsername"));
    m_username->setAccessibleName(tr("Username"));
    errors->addRow(form, tr("&Username:"), m_username, QStringLiteral("imap.username"));

    auto *password = new PasswordField(QStringLiteral("imapPassword"), tr("Password"), this);
    m_passwordField = password;
    m_password = password->lineEdit();
    m_password->setToolTip(tr("Stored in the system keychain, never in the settings file"));
    errors->addRow(form, tr("Pass&word:"), password, QStringLiteral("imap.password"), m_password);

    m_passwordCommand = new QLineEdit(this);
    m_passwordCommand->setObjectName(QStringLiteral("imapPasswordCommand"));
    m_passwordCommand->setPlaceholderText(tr("optional, e.g. pass show mail/soc"));
    m_passwordCommand->setToolTip(tr("A command whose first output line is the password; used instead of the keychain"));
    m_passwordCommand->setAccessibleName(tr("Password command"));
    errors->addRow(form, tr("Password co&mmand:"), m_passwordCommand, QStringLiteral("imap.passwordCommand"));

    m_mailboxAccount = new QLineEdit(this);
    m_mailboxAccount->setObjectName(QStringLiteral("imapMailboxAccount"));
    m_mailboxAccount->setPlaceholderText(tr("e.g. admin@example.com"));
    m_mailboxAccount->setToolTip(tr("Only needed when the username is not an e-mail address"));
    m_mailboxAccount->setAccessibleName(tr("Mailbox account"));
    errors->addRow(form, tr("Mailbo&x account:"), m_mailboxAccount, QStringLiteral("imap.mailboxAccount"));
    auto *hint = new QLabel(tr("Only needed when the username is not an e-mail address."), this);
    hint->setObjectName(QStringLiteral("mailboxAccountHint"));
    hint->setEnabled(false); // rendered in the palette's muted text colour
    form->addRow(QString(), hint);

    m_folder = new QComboBox(this);
    m_folder->setObjectName(QStringLiteral("imapFolder"));
    m_folder->setEditable(true);
    m_folder->addItem(QStringLiteral("INBOX"), QStringLiteral("INBOX"));
    // The list shows "[Gmail]/Spam — junk (spam)"; the field keeps only the folder's name.
    m_folder->completer()->setCompletionRole(Qt::UserRole);
    connect(m_folder, &QComboBox::activated, this, [this](int index) {
        const QString name = m_folder->itemData(index).toString();
        if (!name.isEmpty())
            m_folder->setEditText(name);
    });
    m_folder->setToolTip(tr("The folder to fetch from; the list fills in after a successful test"));
    m_folder->setAccessibleName(tr("Folder"));
    errors->addRow(form, tr("&Folder:"), m_folder, QStringLiteral("imap.folder"));

    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("imapAuth"));
    m_auth->addItem(tr("Automatic"), int(ImapAuth::Auto));
    m_auth->addItem(tr("LOGIN"), int(ImapAuth::Login));
    m_auth->addItem(tr("PLAIN (SASL)"), int(ImapAuth::Plain));
    m_auth->addItem(tr("XOAUTH2"), int(ImapAuth::XOAuth2));
    m_auth->addItem(tr("OAuth 2.0 (sign in)"), int(ImapAuth::OAuth2));
    m_auth->setToolTip(tr("Automatic picks the best method the server offers"));
    m_auth->setAccessibleName(tr("Authentication method"));
    errors->addRow(form, tr("Au&thentication:"), m_auth, QStringLiteral("imap.auth"));
    m_oauth = new OAuthSection(errors, this);
    form->addRow(m_oauth);

    auto *caRow = new QWidget(this);
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    m_caFile = new QLineEdit(caRow);
    m_caFile->setObjectName(QStringLiteral("imapCaFile"));
    m_caFile->setPlaceholderText(tr("system certificates"));
    m_caFile->setToolTip(tr("A PEM file with the CA that signed the server's certificate, for private CAs"));
    m_caFile->setAccessibleName(tr("CA file"));
    auto *browse = new QPushButton(tr("&Browse…"), caRow);
    browse->setObjectName(QStringLiteral("imapCaFileBrowse"));
    browse->setToolTip(tr("Choose a CA certificate file"));
    caLayout->addWidget(m_caFile);
    caLayout->addWidget(browse);
    errors->addRow(form, tr("&CA file:"), caRow, QStringLiteral("imap.caFile"), m_caFile);

    m_fingerprint = new QLineEdit(this);
    m_fingerprint->setObjectName(QStringLiteral("imapTrustedFingerprint"));
    m_fingerprint->setPlaceholderText(tr("optional SHA-256, e.g. AB:CD:…"));
    m_fingerprint->setToolTip(tr("Trust exactly this server certificate (SHA-256 fingerprint, 64 hex digits)"));
    m_fingerprint->setAccessibleName(tr("Trusted certificate fingerprint"));
    errors->addRow(form, tr("Trusted certificate:"), m_fingerprint, QStringLiteral("imap.trustedFingerprint"));

    for (QLineEdit *edit : {m_host, m_username, m_password, m_passwordCommand, m_mailboxAccount, m_caFile, m_fingerprint})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionPage::changed);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectionPage::changed);
    connect(m_security, &QComboBox::currentIndexChanged, this, &ConnectionPage::onSecurityChanged);
    connect(m_allowPlaintext, &QCheckBox::toggled, this, &ConnectionPage::changed);
    connect(m_folder, &QComboBox::currentTextChanged, this, &ConnectionPage::changed);
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        showAuthRows();
        emit changed();
    });
    connect(m_oauth, &OAuthSection::changed, this, &ConnectionPage::changed);
    connect(m_username, &QLineEdit::textChanged, m_oauth->signIn(), &OAuthSignInPanel::setLoginHint);
    connect(browse, &QPushButton::clicked, this, &ConnectionPage::browseCaFile);

    setTabOrderChain({m_host, m_security, m_allowPlaintext, m_port, m_username, m_password, m_passwordCommand, m_mailboxAccount,
        m_folder, m_auth, m_oauth->firstInTabOrder()});
    setTabOrderChain({m_oauth->lastInTabOrder(), m_caFile, browse, m_fingerprint});
    onSecurityChanged();
    showAuthRows();
}

void ConnectionPage::load(const settings::ImapSettings &imap)
{
    const QSignalBlocker blockSecurity(m_security);
    m_host->setText(imap.host);
    m_security->setCurrentIndex(m_security->findData(int(imap.security)));
    m_shownSecurity = imap.security;
    m_port->setValue(imap.port);
    m_allowPlaintext->setChecked(imap.allowPlaintextPassword);
    m_username->setText(imap.username);
    m_passwordCommand->setText(imap.passwordCommand);
    m_mailboxAccount->setText(imap.mailboxAccount);
    m_folder->setCurrentText(imap.folder);
    m_auth->setCurrentIndex(m_auth->findData(int(imap.auth)));
    m_oauth->load(imap.oauth);
    showAuthRows();
    m_caFile->setText(imap.caFile);
    m_fingerprint->setText(imap.trustedFingerprint);
    const bool none = imap.security == ImapSecurity::None;
    m_plaintextWarning->setVisible(none);
    m_allowPlaintext->setVisible(none);
}

void ConnectionPage::apply(settings::ImapSettings &imap) const
{
    imap.host = m_host->text().trimmed();
    imap.port = m_port->value();
    imap.security = ImapSecurity(m_security->currentData().toInt());
    imap.allowPlaintextPassword = imap.security == ImapSecurity::None && m_allowPlaintext->isChecked();
    imap.username = m_username->text().trimmed();
    imap.passwordCommand = m_passwordCommand->text().trimmed();
    imap.mailboxAccount = m_mailboxAccount->text().trimmed();
    imap.folder = m_folder->currentText().trimmed();
    imap.auth = ImapAuth(m_auth->currentData().toInt());
    m_oauth->apply(imap.oauth);
    imap.caFile = m_caFile->text().trimmed();
    imap.trustedFingerprint = m_fingerprint->text().trimmed();
}

void ConnectionPage::setPassword(const QString &password)
{
    m_password->setText(password);
}

QString ConnectionPage::password() const
{
    return m_password->text();
}

void ConnectionPage::setFolderChoices(const QList<daemon::FolderChoice> &folders)
{
    const QString current = m_folder->currentText();
    const QSignalBlocker blocker(m_folder);
    m_folder->clear();
    for (const daemon::FolderChoice &folder : folders) {
        m_folder->addItem(folder.label(), folder.name);
        if (!folder.specialUse.isEmpty())
            m_folder->setItemData(m_folder->count() - 1, QString::fromLatin1(folder.specialUse), Qt::ToolTipRole);
    }
    m_folder->setCurrentIndex(-1);
    m_folder->setEditText(current);
}

void ConnectionPage::onSecurityChanged()
{
    const auto security = ImapSecurity(m_security->currentData().toInt());
    // The port follows the security only while it still holds the previous default.
    if (m_port->value() == settings::ResourceSettings::defaultPort(m_shownSecurity))
        m_port->setValue(settings::ResourceSettings::defaultPort(security));
    m_shownSecurity = security;
    const bool none = security == ImapSecurity::None;
    m_plaintextWarning->setVisible(none);
    m_allowPlaintext->setVisible(none);
    if (!none)
        m_allowPlaintext->setChecked(false);
    emit changed();
}

void ConnectionPage::showAuthRows()
{
    const bool oauth = ImapAuth(m_auth->currentData().toInt()) == ImapAuth::OAuth2;
    m_form->setRowVisible(m_oauth, oauth);
    m_form->setRowVisible(m_passwordField, !oauth);
    m_form->setRowVisible(m_passwordCommand, !oauth);
}

void ConnectionPage::browseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose CA certificate"), m_caFile->text(), tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

} // namespace soar::ui
