#include "FirstRunPage.h"

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

    auto *form = new QFormLayout;
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("firstRunPreset"));
    m_preset->setAccessibleName(tr("Mail provider"));
    for (const ServerPreset &preset : ServerPreset::all())
        m_preset->addItem(preset.name, preset.id);
    form->addRow(tr("Mail &provider:"), m_preset);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("firstRunHint"));
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false); // muted text colour
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
    m_password = passwordField->lineEdit();
    m_password->setToolTip(tr("Stored in the system keychain, never in the settings file"));
    m_errors.addRow(form, tr("Pass&word:"), passwordField, QStringLiteral("imap.password"), m_password);

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
    for (QLineEdit *edit : {m_name, m_host, m_username, m_password, m_folder}) {
        connect(edit, &QLineEdit::textEdited, this, [this] { m_edited = true; });
        connect(edit, &QLineEdit::textChanged, this, &FirstRunPage::refresh);
    }
    connect(fullForm, &QPushButton::clicked, this, &FirstRunPage::fullFormRequested);
    connect(m_finish, &QPushButton::clicked, this, [this] {
        m_edited = true;
        refresh();
        if (issues().isEmpty() && !m_busy)
            emit finished(resource(), password());
    });
    setTabOrderChain({m_preset, m_host, m_security, m_port, m_username, m_password, m_folder, m_name, fullForm, m_finish});
    onPresetChanged();
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
    return r;
}

QString FirstRunPage::password() const
{
    return m_password->text();
}

QList<settings::SettingsIssue> FirstRunPage::issues() const
{
    const settings::ResourceSettings r = resource();
    QList<settings::SettingsIssue> found = settings::SettingsValidator::validate(r);
    // The full form may leave it to a password command; here the keychain is the only source.
    if (m_password->text().isEmpty())
        found.append({r.name, QStringLiteral("imap.password"), tr("the password is missing")});
    return found;
}

bool FirstRunPage::choosePreset(const QString &id)
{
    const int index = m_preset->findData(id);
    if (index < 0)
        return false;
    m_preset->setCurrentIndex(index);
    return true;
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
    m_folder->setText(QStringLiteral("INBOX"));
    m_preset->setCurrentIndex(0);
    onPresetChanged();
    m_edited = false;
    setError(QString());
    refresh();
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
    const QList<settings::SettingsIssue> found = issues();
    m_errors.show(m_edited ? found : QList<settings::SettingsIssue> {});
    m_finish->setEnabled(!m_busy);
    m_finish->setToolTip(
        found.isEmpty() ? tr("Save the resource, then run Test Saved Settings") : tr("Fill in the fields marked in red first"));
}

} // namespace soar::ui
