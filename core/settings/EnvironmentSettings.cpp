#include "settings/EnvironmentSettings.h"

#include "settings/SettingsFile.h"
#include "settings/SettingsNames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace soar::settings {

namespace {

// "notTextBody" -> "NOT_TEXT_BODY"
QString variableSuffix(const QString &key)
{
    QString out;
    for (const QChar c : key) {
        if (c.isUpper())
            out += QLatin1Char('_');
        out += c.toUpper();
    }
    return out;
}

} // namespace

std::optional<common::Result<AppSettings>> EnvironmentSettings::read(const QProcessEnvironment &env)
{
    if (!env.contains(QStringLiteral("SOAR_IMAP_HOST")))
        return std::nullopt;
    auto text = [&](const char *name) { return env.value(QString::fromLatin1(name)); };
    QJsonObject imap {{QStringLiteral("host"), text("SOAR_IMAP_HOST")}};
    auto set = [&](QJsonObject &object, const char *key, const char *variable) {
        if (env.contains(QString::fromLatin1(variable)))
            object.insert(QString::fromLatin1(key), text(variable));
    };
    set(imap, "security", "SOAR_IMAP_SECURITY");
    set(imap, "username", "SOAR_IMAP_USERNAME");
    set(imap, "mailboxAccount", "SOAR_IMAP_MAILBOX_ACCOUNT");
    set(imap, "folder", "SOAR_IMAP_FOLDER");
    set(imap, "caFile", "SOAR_IMAP_CA_FILE");
    if (env.contains(QStringLiteral("SOAR_IMAP_PORT"))) {
        bool ok = false;
        const int port = text("SOAR_IMAP_PORT").toInt(&ok);
        if (!ok)
            return common::Result<AppSettings>(common::Error(
                common::Error::Kind::Config, QStringLiteral("SOAR_IMAP_PORT: '%1' is not a number").arg(text("SOAR_IMAP_PORT"))));
        imap.insert(QStringLiteral("port"), port);
    }
    QJsonObject fetch;
    set(fetch, "type", "SOAR_IMAP_FETCH_TYPE");
    if (env.contains(QStringLiteral("SOAR_IMAP_MARK_SEEN")))
        fetch.insert(QStringLiteral("markSeen"), text("SOAR_IMAP_MARK_SEEN") != QLatin1String("false"));
    QJsonObject filters;
    FilterSettings names;
    for (const auto &[key, field] : SettingsNames::filterFields(names)) {
        const QString variable = QStringLiteral("SOAR_IMAP_FILTER_") + variableSuffix(key);
        if (env.contains(variable))
            filters.insert(key, env.value(variable));
    }
    QJsonObject soar;
    set(soar, "url", "SOAR_URL");
    set(soar, "auth", "SOAR_AUTH");
    set(soar, "accessId", "SOAR_ACCESS_ID");
    if (env.contains(QStringLiteral("SOAR_INCIDENT_TEMPLATE_ID")))
        soar.insert(QStringLiteral("incidentTemplateId"), text("SOAR_INCIDENT_TEMPLATE_ID").toInt());
    const QString name = env.value(QStringLiteral("SOAR_IMAP_RESOURCE"), QStringLiteral("environment"));
    const QJsonObject resource {{QStringLiteral("name"), name}, {QStringLiteral("imap"), imap}, {QStringLiteral("fetch"), fetch},
        {QStringLiteral("filters"), filters}, {QStringLiteral("soar"), soar}};
    auto parsed
        = SettingsFile::fromJson(QJsonDocument(QJsonObject {{QStringLiteral("resources"), QJsonArray {resource}}}).toJson());
    if (!parsed.ok()) {
        common::Error error = parsed.error();
        error.message = QStringLiteral("settings from the environment: ") + error.message;
        return common::Result<AppSettings>(error);
    }
    return parsed;
}

} // namespace soar::settings
