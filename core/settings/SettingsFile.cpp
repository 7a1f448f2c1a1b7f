#include "settings/SettingsFile.h"

#include "common/AppPaths.h"
#include "settings/SettingsJsonReader.h"
#include "settings/SettingsNames.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace soar::settings {

using common::Error;

namespace {

// "line 3, column 14" from QJsonParseError's byte offset.
QString position(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = offset - int(before.lastIndexOf('\n'));
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

QJsonObject oauthToJson(const OAuthSettings &o)
{
    QJsonObject out {{QStringLiteral("provider"), SettingsNames::nameOf(SettingsNames::oauthProviders(), o.provider)},
        {QStringLiteral("flow"), SettingsNames::nameOf(SettingsNames::oauthFlows(), o.flow)},
        {QStringLiteral("mechanism"), SettingsNames::nameOf(SettingsNames::oauthMechanisms(), o.mechanism)},
        {QStringLiteral("clientId"), o.clientId}};
    const std::pair<const char *, const QString *> optional[] = {{"tenant", &o.tenant}, {"scopes", &o.scopes},
        {"authUrl", &o.authUrl}, {"tokenUrl", &o.tokenUrl}, {"keyFile", &o.keyFile}};
    for (const auto &[key, value] : optional) {
        if (!value->isEmpty())
            out.insert(QLatin1String(key), *value);
    }
    return out;
}

QJsonObject resourceToJson(const ResourceSettings &r)
{
    QJsonObject imap {{QStringLiteral("host"), r.imap.host}, {QStringLiteral("port"), r.imap.port},
        {QStringLiteral("security"), SettingsNames::nameOf(SettingsNames::securities(), r.imap.security)},
        {QStringLiteral("username"), r.imap.username}, {QStringLiteral("mailboxAccount"), r.imap.mailboxAccount},
        {QStringLiteral("folder"), r.imap.folder},
        {QStringLiteral("auth"), SettingsNames::nameOf(SettingsNames::imapAuths(), r.imap.auth)},
        {QStringLiteral("caFile"), r.imap.caFile}, {QStringLiteral("trustedFingerprint"), r.imap.trustedFingerprint},
        {QStringLiteral("passwordCommand"), r.imap.passwordCommand}};
    if (r.imap.allowPlaintextPassword)
        imap.insert(QStringLiteral("allowPlaintextPassword"), true);
    if (r.imap.auth == ImapAuth::OAuth2)
        imap.insert(QStringLiteral("oauth"), oauthToJson(r.imap.oauth));
    QJsonObject soar {{QStringLiteral("url"), r.soar.url},
        {QStringLiteral("auth"), SettingsNames::nameOf(SettingsNames::soarAuths(), r.soar.auth)},
        {QStringLiteral("accessId"), r.soar.accessId}, {QStringLiteral("secretCommand"), r.soar.secretCommand},
        {QStringLiteral("caFile"), r.soar.caFile}, {QStringLiteral("trustedFingerprint"), r.soar.trustedFingerprint},
        {QStringLiteral("incidentTemplateId"), r.soar.incidentTemplateId}, {QStringLiteral("mailIdField"), r.soar.mailIdField}};
    if (!r.soar.incidentMapping.isEmpty()) {
        QJsonArray mapping;
        for (const IncidentFieldRow &row : r.soar.incidentMapping)
            mapping.append(QJsonObject {{QStringLiteral("source"), row.source}, {QStringLiteral("field"), row.field}});
        soar.insert(QStringLiteral("incidentMapping"), mapping);
    }
    const QJsonObject fetch {{QStringLiteral("type"), SettingsNames::nameOf(SettingsNames::fetchTypes(), r.fetch.type)},
        {QStringLiteral("markSeen"), r.fetch.markSeen}, {QStringLiteral("pollSeconds"), r.fetch.pollSeconds},
        {QStringLiteral("idle"), r.fetch.idle}};
    QJsonObject filters;
    for (const auto &[key, value] : SettingsNames::filterFields(r.filters))
        filters.insert(key, *value);
    return {{QStringLiteral("name"), r.name}, {QStringLiteral("imap"), imap}, {QStringLiteral("soar"), soar},
        {QStringLiteral("fetch"), fetch}, {QStringLiteral("filters"), filters}};
}

} // namespace

common::Result<AppSettings> SettingsFile::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error(Error::Kind::Config,
            QStringLiteral("The settings file is not valid JSON at %1: %2.")
                .arg(position(json, parseError.offset), parseError.errorString()));
    }
    if (!doc.isObject())
        return Error(Error::Kind::Config, QStringLiteral("The settings file must hold a JSON object: {\"resources\": [...]}."));
    SettingsJsonReader reader;
    AppSettings settings = reader.read(doc.object());
    if (!reader.issues().isEmpty())
        return Error(Error::Kind::Config, SettingsIssue::joined(reader.issues()));
    return settings;
}

QByteArray SettingsFile::toJson(const AppSettings &settings)
{
    QJsonArray resources;
    for (const ResourceSettings &r : settings.resources)
        resources.append(resourceToJson(r));
    return QJsonDocument(QJsonObject {{QStringLiteral("resources"), resources}}).toJson(QJsonDocument::Indented);
}

common::Result<AppSettings> SettingsFile::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return AppSettings {};
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Kind::Config, QStringLiteral("Cannot read the settings file %1: %2.").arg(path, file.errorString()));
    auto result = fromJson(file.readAll());
    if (!result.ok())
        return Error(Error::Kind::Config, path + QStringLiteral(": ") + result.error().message);
    return result;
}

common::Result<void> SettingsFile::save(const QString &path, const AppSettings &settings)
{
    const QString dir = QFileInfo(path).absolutePath();
    // A folder we create holds only this file: owner-only, like the file itself. An existing
    // one (a --config in /tmp) is left as it is.
    if (!QFileInfo::exists(dir) && !common::AppPaths::ensurePrivateDir(dir))
        return Error(Error::Kind::Config, QStringLiteral("Cannot create the folder %1 for the settings file.").arg(dir));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Kind::Config, QStringLiteral("Cannot write the settings file %1: %2.").arg(path, file.errorString()));
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error(Error::Kind::Config,
            QStringLiteral("Cannot make the settings file %1 owner-only (mode 0600): %2.").arg(path, file.errorString()));
    file.write(toJson(settings));
    if (!file.commit())
        return Error(Error::Kind::Config, QStringLiteral("Cannot save the settings file %1: %2.").arg(path, file.errorString()));
    return {};
}

} // namespace soar::settings
