#include "daemon/SettingsTester.h"

#include "daemon/ResourceMapping.h"
#include "daemon/SearchArguments.h"
#include "daemon/SessionFactory.h"
#include "daemon/SoarSettingsTest.h"
#include "imap/ImapSession.h"
#include "imap/SessionOpener.h"
#include "imap/tasks/ListTask.h"
#include "imap/tasks/LogoutTask.h"
#include "imap/tasks/SelectTask.h"
#include "imap/tasks/UidSearchTask.h"
#include "oauth/TokenProvider.h"
#include "rules/PlanDescription.h"
#include "rules/SearchCompiler.h"
#include "settings/SecretResolver.h"

#include <QHostAddress>

#include <QHostInfo>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <algorithm>

namespace soar::daemon {

using common::Error;

SettingsTester::SettingsTester(settings::ResourceSettings resource, settings::SecretResolver *secrets, QObject *parent)
    : QObject(parent), m_resource(std::move(resource)), m_secrets(secrets)
{ }

SettingsTester::~SettingsTester()
{
    m_opener.reset();
    m_tasks.clear();
    m_session.reset();
    m_tokens.reset();
    m_soar.reset();
}

QJsonArray SettingsTester::stepsJson() const
{
    QJsonArray out;
    for (const Step &s : m_steps)
        out.append(QJsonObject {{QStringLiteral("step"), s.id}, {QStringLiteral("title"), s.title}, {QStringLiteral("ok"), s.ok},
            {QStringLiteral("message"), s.message}});
    return out;
}

QJsonArray SettingsTester::foldersJson() const
{
    QJsonArray out;
    for (const FolderChoice &folder : m_folders)
        out.append(folder.toJson());
    return out;
}

void SettingsTester::pass(const QString &id, const QString &title, const QString &message)
{
    m_steps.append({id, title, true, message});
    emit stepFinished(m_steps.last());
}

void SettingsTester::failStep(const QString &id, const QString &title, const QString &message)
{
    m_steps.append({id, title, false, message});
    emit stepFinished(m_steps.last());
    done(false);
}

void SettingsTester::done(bool ok)
{
    if (m_done)
        return;
    m_done = true;
    if (m_session && m_session->state() != imap::ImapSession::State::Disconnected) {
        auto logout = std::make_unique<imap::LogoutTask>();
        m_session->enqueue(logout.get());
        m_tasks.push_back(std::move(logout));
    }
    m_imapOk = ok;
    showSoarSteps();
}

// The SOAR steps are shown after the IMAP ones, whichever half finishes first.
void SettingsTester::showSoarSteps()
{
    if (!m_done || m_finished)
        return;
    if (m_soar) {
        for (; m_soarStepsShown < m_soar->steps().size(); ++m_soarStepsShown) {
            m_steps.append(m_soar->steps().at(m_soarStepsShown));
            emit stepFinished(m_steps.last());
        }
        if (!m_soar->isDone())
            return;
    }
    m_finished = true;
    emit finished(m_imapOk && (!m_soar || m_soar->passed()));
}

void SettingsTester::start()
{
    if (m_resource.soar.isConfigured()) {
        m_soar = std::make_unique<SoarSettingsTest>(m_resource, m_secrets);
        connect(m_soar.get(), &SoarSettingsTest::stepFinished, this, &SettingsTester::showSoarSteps);
        connect(m_soar.get(), &SoarSettingsTest::finished, this, &SettingsTester::showSoarSteps);
        m_soar->start();
    }
    resolvePassword();
}

void SettingsTester::obtainOAuthToken()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_tokens = std::make_unique<oauth::TokenProvider>(m_resource, m_secrets, m_network.get());
    m_tokens->accessToken([this](const common::Result<oauth::AccessToken> &token) {
        if (!token.ok()) {
            failStep(QStringLiteral("oauth"), tr("OAuth sign-in"), token.error().toString());
            return;
        }
        m_password = token.value().token;
        m_oauthAccount = token.value().account;
        const imap::Credentials credentials = ResourceMapping::credentials(m_resource, m_password, m_oauthAccount);
        QString message = m_oauthAccount.isEmpty()
            ? tr("access token obtained (app-only) for the mailbox %1").arg(credentials.user)
            : tr("access token obtained for %1").arg(m_oauthAccount);
        if (token.value().expiresAt.isValid())
            message += tr(", valid until %1 (%2 minutes)")
                           .arg(token.value().expiresAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                           .arg(QDateTime::currentDateTimeUtc().secsTo(token.value().expiresAt) / 60);
        pass(QStringLiteral("oauth"), tr("OAuth sign-in"), message);
        lookUpHost();
    });
}

void SettingsTester::resolvePassword()
{
    if (m_resource.imap.auth == settings::ImapAuth::OAuth2) {
        obtainOAuthToken();
        return;
    }
    m_secrets->resolve(m_resource, settings::SecretResolver::Secret::ImapPassword, [this](const common::Result<QString> &secret) {
        if (!secret.ok()) {
            failStep(QStringLiteral("password"), tr("Password"),
                secret.error().toString() + tr(" Enter the password in the resource form and save."));
            return;
        }
        m_password = secret.value();
        pass(QStringLiteral("password"), tr("Password"), tr("found"));
        lookUpHost();
    });
}

void SettingsTester::lookUpHost()
{
    const QString host = m_resource.imap.host;
    if (!QHostAddress(host).isNull()) {
        pass(QStringLiteral("dns"), tr("DNS"), tr("%1 is an IP address").arg(host));
        openSession();
        return;
    }
    QHostInfo::lookupHost(host, this, [this, host](const QHostInfo &info) {
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            failStep(QStringLiteral("dns"), tr("DNS"),
                tr("%1 cannot be resolved (%2). Check the IMAP Server name.").arg(host, info.errorString()));
            return;
        }
        pass(QStringLiteral("dns"), tr("DNS"), tr("%1 is %2").arg(host, info.addresses().first().toString()));
        openSession();
    });
}

void SettingsTester::openSession()
{
    m_session = SessionFactory::create(ResourceMapping::sessionOptions(m_resource));
    connect(m_session.get(), &imap::ImapSession::stateChanged, this, [this](imap::ImapSession::State state) {
        if (state == imap::ImapSession::State::NotAuthenticated || state == imap::ImapSession::State::Authenticated)
            m_greeted = true;
    });
    m_opener
        = std::make_unique<imap::SessionOpener>(*m_session, ResourceMapping::credentials(m_resource, m_password, m_oauthAccount));
    connect(m_opener.get(), &imap::SessionOpener::finished, this, &SettingsTester::onOpened);
    m_opener->start();
}

void SettingsTester::onOpened(const Error &error)
{
    const QString endpoint = QStringLiteral("%1:%2").arg(m_resource.imap.host).arg(m_resource.imap.port);
    const bool implicitTls = m_resource.imap.security == settings::ImapSecurity::Tls;
    if (error && !m_greeted) {
        if (error.kind == Error::Kind::Tls)
            failStep(QStringLiteral("tls"), tr("TLS"), error.toString());
        else
            failStep(QStringLiteral("connect"), tr("Connect"), tr("Could not reach %1: %2").arg(endpoint, error.toString()));
        return;
    }
    pass(QStringLiteral("connect"), tr("Connect"),
        tr("%1 answered; capabilities: %2").arg(endpoint, QString::fromLatin1(m_session->capabilities().join(' '))));
    const bool encrypted = m_session->isEncrypted();
    if (m_resource.imap.security == settings::ImapSecurity::None) {
        pass(QStringLiteral("tls"), tr("TLS"),
            tr("not encrypted (security is None): anyone on the network can read this connection"));
    } else if (!encrypted) {
        failStep(QStringLiteral("tls"), tr("TLS"), error ? error.toString() : tr("the connection is not encrypted"));
        return;
    } else {
        pass(QStringLiteral("tls"), tr("TLS"),
            implicitTls ? tr("encrypted from the start, certificate verified") : tr("STARTTLS done, certificate verified"));
    }
    if (error) {
        failStep(QStringLiteral("login"), tr("Log in"), error.toString());
        return;
    }
    pass(QStringLiteral("login"), tr("Log in"),
        tr("logged in as %1").arg(ResourceMapping::credentials(m_resource, QString(), m_oauthAccount).user));

    auto list = std::make_unique<imap::ListTask>();
    auto *raw = list.get();
    connect(raw, &imap::Task::finished, this, [this, raw](const Error &listError) {
        if (!listError) {
            for (const auto &entry : raw->mailboxes()) {
                // Gmail's "[Gmail]" is only a container (\Noselect): it cannot be the folder to fetch.
                if (const FolderChoice choice = FolderChoice::fromList(entry); choice.isValid())
                    m_folders << choice;
            }
        }
        examineFolder();
    });
    m_session->enqueue(raw);
    m_tasks.push_back(std::move(list));
}

void SettingsTester::examineFolder()
{
    auto select = std::make_unique<imap::SelectTask>(m_resource.imap.folder, true);
    auto *raw = select.get();
    connect(raw, &imap::Task::finished, this, [this, raw](const Error &error) {
        if (error) {
            QString hint;
            QStringList labels;
            for (const FolderChoice &folder : m_folders.mid(0, 12))
                labels << folder.label();
            if (!labels.isEmpty())
                hint = tr(" Folders on the server: %1.").arg(labels.join(QStringLiteral(", ")));
            failStep(QStringLiteral("folder"), tr("Folder"), error.toString() + hint);
            return;
        }
        m_uidValidity = raw->mailbox().uidValidity;
        pass(QStringLiteral("folder"), tr("Folder"),
            tr("%1 holds %2 mails").arg(m_resource.imap.folder).arg(raw->mailbox().exists));
        countMatches();
    });
    m_session->enqueue(raw);
    m_tasks.push_back(std::move(select));
}

void SettingsTester::countMatches()
{
    const auto plan = ResourceMapping::plan(m_resource, std::nullopt);
    if (!plan.ok()) {
        failStep(QStringLiteral("filters"), tr("Pre-filters"), plan.error().message);
        return;
    }
    const rules::SearchQuery query = rules::SearchCompiler::compile(plan.value(), m_uidValidity);
    auto search = std::make_unique<imap::UidSearchTask>(SearchArguments::fromTokens(query.tokens()));
    auto *raw = search.get();
    const QString description = rules::PlanDescription::describe(plan.value(), m_uidValidity);
    connect(raw, &imap::Task::finished, this, [this, raw, description](const Error &error) {
        if (error) {
            failStep(QStringLiteral("filters"), tr("Pre-filters"), tr("The server refused the search: %1").arg(error.toString()));
            return;
        }
        pass(QStringLiteral("filters"), tr("Pre-filters"),
            tr("%1: the server finds %n mail(s) now (the exact check may drop some)", nullptr, int(raw->uids().size()))
                .arg(description));
        done(true);
    });
    m_session->enqueue(raw);
    m_tasks.push_back(std::move(search));
}

} // namespace soar::daemon
