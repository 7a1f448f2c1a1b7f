#include "ResourceForm.h"

#include "ConnectionPage.h"
#include "FetchingPage.h"
#include "FilterPage.h"
#include "FilterPreview.h"
#include "OAuthSection.h"
#include "OAuthSignInPanel.h"
#include "SoarPage.h"
#include "oauth/GrantStore.h"
#include "settings/SecretKeys.h"
#include "settings/SecretStore.h"
#include "settings/SettingsValidator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace soar::ui {

namespace {

QScrollArea *scrolled(QWidget *page)
{
    auto *area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

ResourceForm::ResourceForm(settings::SecretStore *secrets, QWidget *parent) : QWidget(parent), m_secrets(secrets)
{
    setObjectName(QStringLiteral("resourceForm"));
    auto *layout = new QVBoxLayout(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("formTabs"));
    m_connection = new ConnectionPage(&m_errors);
    m_soar = new SoarPage(&m_errors);
    m_fetching = new FetchingPage(&m_errors);
    m_filters = new FilterPage(&m_errors);
    m_tabs->addTab(scrolled(m_connection), tr("Co&nnection"));
    m_tabs->addTab(scrolled(m_soar), tr("Cloud SOA&R"));
    m_tabs->addTab(scrolled(m_fetching), tr("Fetchin&g"));
    m_tabs->addTab(scrolled(m_filters), tr("Pre-filter&s"));
    layout->addWidget(m_tabs, 1);

    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("formErrors"));
    m_general->setWordWrap(true);
    m_general->setTextFormat(Qt::PlainText);
    QPalette red = m_general->palette();
    red.setColor(QPalette::WindowText, QColor(0xd0, 0x36, 0x2c));
    m_general->setPalette(red);
    m_general->hide();
    layout->addWidget(m_general);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("operationError"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setPalette(red);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QHBoxLayout;
    m_unsaved = new QLabel(tr("Unsaved changes"), this);
    m_unsaved->setObjectName(QStringLiteral("unsavedLabel"));
    m_unsaved->hide();
    m_revert = new QPushButton(tr("Re&vert"), this);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->setToolTip(tr("Discard the changes and show the saved settings again"));
    m_save = new QPushButton(tr("S&ave"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Save the settings; secrets go to the system keychain"));
    m_save->setDefault(true);
    buttons->addWidget(m_unsaved);
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_connection, &ConnectionPage::changed, this, &ResourceForm::refresh);
    connect(m_soar, &SoarPage::changed, this, &ResourceForm::refresh);
    connect(m_soar, &SoarPage::testConnectionRequested, this, &ResourceForm::soarTestRequested);
    connect(m_fetching, &FetchingPage::changed, this, &ResourceForm::refresh);
    connect(m_filters, &FilterPage::changed, this, &ResourceForm::refresh);
    connect(m_revert, &QPushButton::clicked, this, &ResourceForm::revert);
    OAuthSignInPanel *signIn = m_connection->oauth()->signIn();
    signIn->setKeychain(m_secrets);
    connect(signIn, &OAuthSignInPanel::signedIn, this, [this] { emit oauthSignedIn(m_saved.name); });
    connect(signIn, &OAuthSignInPanel::resumeRequested, this, [this] { emit resumeRequested(m_saved.name); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (isValid())
            emit saveRequested();
    });
    load(settings::ResourceSettings {}, false);
}

void ResourceForm::load(const settings::ResourceSettings &resource, bool draft, const QString &secretsOf)
{
    m_loading = true;
    m_saved = resource;
    m_savedSecrets = {};
    m_draft = draft;
    m_connection->load(resource.imap);
    m_connection->setPassword(QString());
    m_connection->oauth()->setClientSecret(QString());
    m_connection->oauth()->signIn()->setResource(resource.name);
    m_soar->load(resource.soar);
    m_soar->setSecret(QString());
    m_fetching->load(resource.fetch);
    m_filters->load(resource.filters);
    m_loading = false;
    setGeneralError(QString());

    const int generation = ++m_generation;
    const QString owner = secretsOf.isEmpty() ? resource.name : secretsOf;
    if (m_secrets && !owner.isEmpty()) {
        readSecret(settings::SecretKeys::imapPassword(owner), generation, &ResourceForm::applyPassword);
        readSecret(settings::SecretKeys::soarSecret(owner), generation, &ResourceForm::applySoarSecret);
        readSecret(settings::SecretKeys::oauthClientSecret(owner), generation, &ResourceForm::applyOAuthClientSecret);
        // A duplicate starts signed out: the sign-in belongs to the original's account.
        if (owner == resource.name)
            readSecret(settings::SecretKeys::oauthGrant(owner), generation, &ResourceForm::applyOAuthGrant);
    }
    refresh();
}

void ResourceForm::readSecret(const QString &key, int generation, void (ResourceForm::*apply)(const QString &))
{
    m_secrets->read(key, [this, generation, apply](const common::Result<QString> &result) {
        if (generation != m_generation)
            return;
        if (result.ok()) {
            (this->*apply)(result.value());
        } else if (result.error().kind != common::Error::Kind::NotFound) {
            setGeneralError(tr("Could not read a secret from the keychain: %1").arg(result.error().message));
        }
    });
}

void ResourceForm::applyPassword(const QString &password)
{
    // Only fill in what the analyst has not started typing over.
    const bool untouched = m_connection->password() == m_savedSecrets.imapPassword;
    m_savedSecrets.imapPassword = password;
    if (untouched)
        m_connection->setPassword(password);
    refresh();
}

void ResourceForm::applySoarSecret(const QString &secret)
{
    const bool untouched = m_soar->secret() == m_savedSecrets.soarSecret;
    m_savedSecrets.soarSecret = secret;
    if (untouched)
        m_soar->setSecret(secret);
    refresh();
}

void ResourceForm::applyOAuthClientSecret(const QString &secret)
{
    OAuthSection *oauth = m_connection->oauth();
    const bool untouched = oauth->clientSecret() == m_savedSecrets.oauthClientSecret;
    m_savedSecrets.oauthClientSecret = secret;
    if (untouched)
        oauth->setClientSecret(secret);
    refresh();
}

void ResourceForm::applyOAuthGrant(const QString &grant)
{
    const auto parsed = oauth::GrantStore::deserialize(grant);
    if (parsed.ok())
        m_connection->oauth()->signIn()->showSignedIn(parsed.value().account);
}

settings::ResourceSettings ResourceForm::current() const
{
    settings::ResourceSettings r = m_saved;
    m_connection->apply(r.imap);
    m_soar->apply(r.soar);
    m_fetching->apply(r.fetch);
    m_filters->apply(r.filters);
    return r;
}

ResourceSecrets ResourceForm::currentSecrets() const
{
    return {m_connection->password(), m_soar->secret(), m_connection->oauth()->clientSecret()};
}

bool ResourceForm::isDirty() const
{
    return m_draft || current() != m_saved || currentSecrets() != m_savedSecrets;
}

QList<settings::SettingsIssue> ResourceForm::issues() const
{
    return settings::SettingsValidator::validate(current());
}

void ResourceForm::markSaved(const settings::ResourceSettings &saved)
{
    m_saved = saved;
    m_savedSecrets = currentSecrets();
    m_draft = false;
    refresh();
}

void ResourceForm::renameTo(const QString &name)
{
    m_saved.name = name;
    // The catalog moved the sign-in to the new name (a draft's sign-in stays behind).
    m_connection->oauth()->signIn()->setResource(name);
    if (m_secrets && !name.isEmpty())
        readSecret(settings::SecretKeys::oauthGrant(name), m_generation, &ResourceForm::applyOAuthGrant);
    refresh();
}

void ResourceForm::revert()
{
    m_loading = true;
    m_connection->load(m_saved.imap);
    m_connection->setPassword(m_savedSecrets.imapPassword);
    m_soar->load(m_saved.soar);
    m_soar->setSecret(m_savedSecrets.soarSecret);
    m_connection->oauth()->setClientSecret(m_savedSecrets.oauthClientSecret);
    m_fetching->load(m_saved.fetch);
    m_filters->load(m_saved.filters);
    m_loading = false;
    refresh();
}

void ResourceForm::setSaving(bool saving)
{
    m_saving = saving;
    refresh();
}

void ResourceForm::setGeneralError(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void ResourceForm::setFolderChoices(const QList<daemon::FolderChoice> &folders)
{
    m_connection->setFolderChoices(folders);
}

void ResourceForm::offerResume(const QString &resource)
{
    if (resource == m_saved.name)
        m_connection->oauth()->signIn()->offerResume(true);
}

void ResourceForm::focusField(const QString &key)
{
    QWidget *field = m_errors.field(key);
    if (!field)
        return;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->isAncestorOf(field))
            m_tabs->setCurrentIndex(i);
    }
    field->setFocus(Qt::OtherFocusReason);
}

void ResourceForm::refresh()
{
    if (m_loading)
        return;
    const settings::ResourceSettings r = current();
    const QList<settings::SettingsIssue> found = settings::SettingsValidator::validate(r);
    QStringList unshown;
    for (const settings::SettingsIssue &issue : m_errors.show(found))
        unshown.append(issue.key + QStringLiteral(": ") + issue.message);
    m_general->setText(unshown.join(QLatin1Char('\n')));
    m_general->setVisible(!unshown.isEmpty());

    m_filters->setPreview(FilterPreview::describe(r.fetch.type, r.filters));

    const bool dirty = isDirty();
    m_unsaved->setVisible(dirty);
    m_save->setEnabled(dirty && found.isEmpty() && !m_saving);
    m_save->setToolTip(
        found.isEmpty() ? tr("Save the settings; secrets go to the system keychain") : tr("Fix the problems shown in red first"));
    m_revert->setEnabled(dirty && !m_draft && !m_saving);
    if (dirty != m_lastDirty) {
        m_lastDirty = dirty;
        emit dirtyChanged(dirty);
    }
}

} // namespace soar::ui
