#include "settings/SettingsValidator.h"

#include "common/LoopbackHost.h"
#include "settings/OAuthSettingsValidator.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace soar::settings {

namespace {

constexpr int kMinPollSeconds = 10;
constexpr int kMaxPollSeconds = 24 * 3600;

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(text).hasMatch();
}

const char *const kFingerprintHint = QT_TRANSLATE_NOOP(
    "soar::settings::SettingsValidator", "expected the certificate's SHA-256 fingerprint: 64 hex digits (colons allowed)");

// Empty (no pin) or 64 hex digits, colons allowed.
bool isFingerprint(QString text)
{
    if (text.isEmpty())
        return true;
    text.remove(QLatin1Char(':'));
    static const QRegularExpression sha256(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    return sha256.match(text).hasMatch();
}

} // namespace

bool SettingsValidator::isValidName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9 ._@-]{0,63}$"));
    return re.match(name).hasMatch();
}

QList<SettingsIssue> SettingsValidator::validate(const AppSettings &settings)
{
    QList<SettingsIssue> issues;
    QSet<QString> names;
    for (const ResourceSettings &r : settings.resources) {
        issues += validate(r);
        if (names.contains(r.name.toCaseFolded()))
            issues.append({r.name, QStringLiteral("name"), tr("another resource already has this name; names must be unique")});
        names.insert(r.name.toCaseFolded());
    }
    return issues;
}

QList<SettingsIssue> SettingsValidator::validate(const ResourceSettings &r)
{
    QList<SettingsIssue> out;
    const QString res = r.name.isEmpty() ? tr("(unnamed resource)") : r.name;
    auto addAt = [&](const QString &key, const QString &message) { out.append({res, key, message}); };
    auto add = [&](const char *key, const QString &message) { addAt(QString::fromLatin1(key), message); };

    if (r.name.isEmpty())
        add("name", tr("a resource needs a name, e.g. soc-inbox"));
    else if (!isValidName(r.name))
        add("name", tr("'%1' may only use letters, digits, space and . _ @ - (at most 64 characters)").arg(r.name));

    const ImapSettings &imap = r.imap;
    if (imap.host.isEmpty())
        add("imap.host", tr("the IMAP server is missing, e.g. outlook.office365.com"));
    else if (imap.host.contains(QLatin1String("://")))
        add("imap.host",
            tr("give the host name only, without '%1'")
                .arg(imap.host.section(QLatin1String("://"), 0, 0) + QStringLiteral("://")));
    else if (imap.host.contains(QLatin1Char(' ')) || imap.host.contains(QLatin1Char('/')))
        add("imap.host", tr("'%1' is not a host name").arg(imap.host));
    if (imap.port < 1 || imap.port > 65535)
        add("imap.port", tr("%1 is not a port (1-65535)").arg(imap.port));
    // OAuth: the account comes from the sign-in, or the mailbox account names the mailbox.
    if (imap.username.trimmed().isEmpty() && imap.auth != ImapAuth::XOAuth2 && imap.auth != ImapAuth::OAuth2)
        add("imap.username", tr("the username is missing"));
    if (!imap.mailboxAccount.isEmpty() && !looksLikeEmail(imap.mailboxAccount))
        add("imap.mailboxAccount",
            tr("'%1' is not an e-mail address (it is only needed when the username is not one)").arg(imap.mailboxAccount));
    if (imap.folder.trimmed().isEmpty())
        add("imap.folder", tr("the folder is missing, e.g. INBOX"));
    if (!imap.caFile.isEmpty() && !QFileInfo(imap.caFile).isReadable())
        add("imap.caFile", tr("cannot read %1").arg(imap.caFile));
    if (!isFingerprint(imap.trustedFingerprint))
        add("imap.trustedFingerprint", tr(kFingerprintHint));
    if (imap.auth == ImapAuth::OAuth2) {
        for (const auto &[key, message] : OAuthSettingsValidator::validate(imap))
            out.append({res, key, message});
    }
    if (imap.security != ImapSecurity::None && imap.allowPlaintextPassword)
        add("imap.allowPlaintextPassword", tr("only applies when security is none; remove it"));

    const SoarSettings &soar = r.soar;
    if (soar.isConfigured()) {
        const QUrl url(soar.url, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            add("soar.url", tr("'%1' is not a web address; expected e.g. https://tenant.soar.sumologic.com").arg(soar.url));
        else if (url.scheme() == QLatin1String("http") && !common::LoopbackHost::contains(url.host()))
            add("soar.url", tr("use https:// — the token would travel unencrypted over http://"));
        if (!soar.caFile.isEmpty() && !QFileInfo(soar.caFile).isReadable())
            add("soar.caFile", tr("cannot read %1").arg(soar.caFile));
        if (!isFingerprint(soar.trustedFingerprint))
            add("soar.trustedFingerprint", tr(kFingerprintHint));
        if (soar.incidentTemplateId < 0)
            add("soar.incidentTemplateId",
                tr("%1 is not a template id; use 0 to create no incidents").arg(soar.incidentTemplateId));
        if (soar.incidentTemplateId > 0 && soar.mailIdField.isEmpty() && soar.incidentMapping.isEmpty())
            add("soar.mailIdField", tr("name the incident field that receives the mail id, e.g. CSOAR Email ID"));
        QStringList mappedFields;
        for (int i = 0; i < soar.incidentMapping.size(); ++i) {
            const IncidentFieldRow &row = soar.incidentMapping.at(i);
            const QString key = QStringLiteral("soar.incidentMapping[%1]").arg(i);
            if (row.source.isEmpty())
                addAt(key + QStringLiteral(".source"), tr("name the mail value, e.g. subject or cloud_soar_mail_id"));
            if (row.field.isEmpty())
                addAt(key + QStringLiteral(".field"), tr("name the Cloud SOAR incident field, or remove the row"));
            else if (mappedFields.contains(row.field))
                addAt(key + QStringLiteral(".field"), tr("\"%1\" is filled by an earlier row already; keep one").arg(row.field));
            mappedFields << row.field;
        }
        if (soar.auth == SoarAuth::AccessKey && soar.accessId.isEmpty())
            add("soar.accessId", tr("the Access ID is missing (needed with Access ID + Access Key authentication)"));
    } else if (!soar.accessId.isEmpty() || !soar.secretCommand.isEmpty() || !soar.caFile.isEmpty()
        || !soar.trustedFingerprint.isEmpty()) {
        add("soar.url", tr("the Cloud SOAR URL is missing; leave all SOAR fields empty to keep mail in the local store"));
    }

    if (r.fetch.pollSeconds < kMinPollSeconds || r.fetch.pollSeconds > kMaxPollSeconds)
        add("fetch.pollSeconds",
            tr("%1 is out of range (%2-%3 seconds)").arg(r.fetch.pollSeconds).arg(kMinPollSeconds).arg(kMaxPollSeconds));
    return out;
}

} // namespace soar::settings
