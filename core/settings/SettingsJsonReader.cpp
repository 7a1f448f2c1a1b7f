#include "settings/SettingsJsonReader.h"

#include "settings/SettingsNames.h"

#include <QJsonArray>

namespace soar::settings {

namespace {

QString qualified(const QString &section, const QString &key)
{
    return section.isEmpty() ? key : section + QLatin1Char('.') + key;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("text");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// Keys that people are tempted to put into the file but that belong in the keychain.
const QStringList kSecretKeys = {QStringLiteral("password"), QStringLiteral("token"), QStringLiteral("jwt"),
    QStringLiteral("accessKey"), QStringLiteral("secret"), QStringLiteral("clientSecret")};

} // namespace

void SettingsJsonReader::issue(const QString &key, const QString &message)
{
    m_issues.append({m_resource, key, message});
}

void SettingsJsonReader::checkKeys(const QJsonObject &object, const QString &section, const QStringList &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (known.contains(it.key()))
            continue;
        if (kSecretKeys.contains(it.key())) {
            issue(qualified(section, it.key()),
                QStringLiteral("secrets do not belong in the settings file; store them in the keychain from the app, "
                               "or use imap.passwordCommand / soar.secretCommand or the SOAR_IMAP_PASSWORD / "
                               "SOAR_IMAP_SECRET environment variables"));
            continue;
        }
        issue(qualified(section, it.key()),
            QStringLiteral("unknown key (known keys here: %1)").arg(known.join(QStringLiteral(", "))));
    }
}

QJsonObject SettingsJsonReader::section(const QJsonObject &object, const QString &key, const QString &prefix)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject()) {
        issue(qualified(prefix, key), QStringLiteral("expected an object, found %1").arg(typeName(value)));
        return {};
    }
    return value.toObject();
}

QString SettingsJsonReader::string(const QJsonObject &object, const QString &section, const QString &key, const QString &fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isString()) {
        issue(qualified(section, key), QStringLiteral("expected text, found %1").arg(typeName(value)));
        return fallback;
    }
    return value.toString();
}

int SettingsJsonReader::integer(const QJsonObject &object, const QString &section, const QString &key, int fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    const double number = value.toDouble(-1.5);
    if (!value.isDouble() || number != double(qint64(number)) || number > 1e9 || number < -1e9) {
        issue(qualified(section, key), QStringLiteral("expected a whole number, found %1").arg(typeName(value)));
        return fallback;
    }
    return int(number);
}

bool SettingsJsonReader::boolean(const QJsonObject &object, const QString &section, const QString &key, bool fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool()) {
        issue(qualified(section, key), QStringLiteral("expected true or false, found %1").arg(typeName(value)));
        return fallback;
    }
    return value.toBool();
}

template<typename Enum>
Enum SettingsJsonReader::choice(const QJsonObject &object, const QString &section, const QString &key, Enum fallback,
    const QList<std::pair<QString, Enum>> &names)
{
    const QString text = string(object, section, key, QString());
    if (text.isEmpty())
        return fallback;
    for (const auto &[name, value] : names) {
        if (name.compare(text, Qt::CaseInsensitive) == 0)
            return value;
    }
    QStringList allowed;
    for (const auto &entry : names)
        allowed << entry.first;
    issue(qualified(section, key), QStringLiteral("'%1' is not one of %2").arg(text, allowed.join(QStringLiteral(", "))));
    return fallback;
}

AppSettings SettingsJsonReader::read(const QJsonObject &root)
{
    AppSettings settings;
    checkKeys(root, QString(), {QStringLiteral("resources")});
    const QJsonValue resources = root.value(QStringLiteral("resources"));
    if (resources.isUndefined() || resources.isNull())
        return settings;
    if (!resources.isArray()) {
        issue(QStringLiteral("resources"), QStringLiteral("expected a list of resources, found %1").arg(typeName(resources)));
        return settings;
    }
    const QJsonArray list = resources.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString fallbackName = QStringLiteral("resources[%1]").arg(i);
        if (!list.at(i).isObject()) {
            m_resource = fallbackName;
            issue(QString(), QStringLiteral("expected an object, found %1").arg(typeName(list.at(i))));
            continue;
        }
        settings.resources.append(readResource(list.at(i).toObject(), fallbackName));
    }
    m_resource.clear();
    return settings;
}

ResourceSettings SettingsJsonReader::readResource(const QJsonObject &object, const QString &fallbackName)
{
    ResourceSettings r;
    m_resource = fallbackName;
    r.name = string(object, QString(), QStringLiteral("name"), QString());
    if (!r.name.isEmpty())
        m_resource = r.name;
    checkKeys(object, QString(),
        {QStringLiteral("name"), QStringLiteral("imap"), QStringLiteral("soar"), QStringLiteral("fetch"),
            QStringLiteral("filters")});
    readImap(section(object, QStringLiteral("imap")), r.imap);
    readSoar(section(object, QStringLiteral("soar")), r.soar);
    readFetch(section(object, QStringLiteral("fetch")), r.fetch);
    readFilters(section(object, QStringLiteral("filters")), r.filters);
    return r;
}

void SettingsJsonReader::readImap(const QJsonObject &o, ImapSettings &imap)
{
    const QString s = QStringLiteral("imap");
    checkKeys(o, s,
        {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("security"), QStringLiteral("username"),
            QStringLiteral("mailboxAccount"), QStringLiteral("folder"), QStringLiteral("auth"), QStringLiteral("caFile"),
            QStringLiteral("trustedFingerprint"), QStringLiteral("passwordCommand"), QStringLiteral("allowPlaintextPassword"),
            QStringLiteral("oauth")});
    imap.host = string(o, s, QStringLiteral("host"), imap.host).trimmed();
    imap.security = choice(o, s, QStringLiteral("security"), imap.security, SettingsNames::securities());
    imap.port = integer(o, s, QStringLiteral("port"), ResourceSettings::defaultPort(imap.security));
    imap.username = string(o, s, QStringLiteral("username"), imap.username);
    imap.mailboxAccount = string(o, s, QStringLiteral("mailboxAccount"), imap.mailboxAccount).trimmed();
    imap.folder = string(o, s, QStringLiteral("folder"), imap.folder);
    imap.auth = choice(o, s, QStringLiteral("auth"), imap.auth, SettingsNames::imapAuths());
    imap.caFile = string(o, s, QStringLiteral("caFile"), imap.caFile);
    imap.trustedFingerprint = string(o, s, QStringLiteral("trustedFingerprint"), imap.trustedFingerprint).trimmed();
    imap.passwordCommand = string(o, s, QStringLiteral("passwordCommand"), imap.passwordCommand);
    imap.allowPlaintextPassword = boolean(o, s, QStringLiteral("allowPlaintextPassword"), imap.allowPlaintextPassword);
    const QJsonObject oauth = section(o, QStringLiteral("oauth"), s);
    if (!oauth.isEmpty() && imap.auth != ImapAuth::OAuth2)
        issue(QStringLiteral("imap.oauth"),
            QStringLiteral("only applies when imap.auth is \"oauth2\"; set that or remove imap.oauth"));
    readOAuth(oauth, imap.oauth);
}

void SettingsJsonReader::readOAuth(const QJsonObject &o, OAuthSettings &oauth)
{
    const QString s = QStringLiteral("imap.oauth");
    checkKeys(o, s,
        {QStringLiteral("provider"), QStringLiteral("flow"), QStringLiteral("mechanism"), QStringLiteral("tenant"),
            QStringLiteral("clientId"), QStringLiteral("scopes"), QStringLiteral("authUrl"), QStringLiteral("tokenUrl"),
            QStringLiteral("keyFile")});
    oauth.provider = choice(o, s, QStringLiteral("provider"), oauth.provider, SettingsNames::oauthProviders());
    oauth.flow = choice(o, s, QStringLiteral("flow"), oauth.flow, SettingsNames::oauthFlows());
    oauth.mechanism = choice(o, s, QStringLiteral("mechanism"), oauth.mechanism, SettingsNames::oauthMechanisms());
    oauth.tenant = string(o, s, QStringLiteral("tenant"), oauth.tenant).trimmed();
    oauth.clientId = string(o, s, QStringLiteral("clientId"), oauth.clientId).trimmed();
    oauth.scopes = string(o, s, QStringLiteral("scopes"), oauth.scopes).simplified();
    oauth.authUrl = string(o, s, QStringLiteral("authUrl"), oauth.authUrl).trimmed();
    oauth.tokenUrl = string(o, s, QStringLiteral("tokenUrl"), oauth.tokenUrl).trimmed();
    oauth.keyFile = string(o, s, QStringLiteral("keyFile"), oauth.keyFile).trimmed();
}

void SettingsJsonReader::readSoar(const QJsonObject &o, SoarSettings &soar)
{
    const QString s = QStringLiteral("soar");
    checkKeys(o, s,
        {QStringLiteral("url"), QStringLiteral("auth"), QStringLiteral("accessId"), QStringLiteral("secretCommand"),
            QStringLiteral("caFile"), QStringLiteral("trustedFingerprint"), QStringLiteral("incidentTemplateId"),
            QStringLiteral("mailIdField"), QStringLiteral("incidentMapping")});
    soar.url = string(o, s, QStringLiteral("url"), soar.url).trimmed();
    soar.auth = choice(o, s, QStringLiteral("auth"), soar.auth, SettingsNames::soarAuths());
    soar.accessId = string(o, s, QStringLiteral("accessId"), soar.accessId).trimmed();
    soar.secretCommand = string(o, s, QStringLiteral("secretCommand"), soar.secretCommand);
    soar.caFile = string(o, s, QStringLiteral("caFile"), soar.caFile);
    soar.trustedFingerprint = string(o, s, QStringLiteral("trustedFingerprint"), soar.trustedFingerprint).trimmed();
    soar.incidentTemplateId = integer(o, s, QStringLiteral("incidentTemplateId"), soar.incidentTemplateId);
    soar.mailIdField = string(o, s, QStringLiteral("mailIdField"), soar.mailIdField).trimmed();
    soar.incidentMapping = readIncidentMapping(o.value(QStringLiteral("incidentMapping")));
}

QList<IncidentFieldRow> SettingsJsonReader::readIncidentMapping(const QJsonValue &value)
{
    const QString key = QStringLiteral("soar.incidentMapping");
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray()) {
        issue(key, QStringLiteral("expected a list of {\"source\": ..., \"field\": ...}, found %1").arg(typeName(value)));
        return {};
    }
    QList<IncidentFieldRow> rows;
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString rowKey = QStringLiteral("%1[%2]").arg(key).arg(i);
        if (!array.at(i).isObject()) {
            issue(rowKey, QStringLiteral("expected {\"source\": ..., \"field\": ...}, found %1").arg(typeName(array.at(i))));
            continue;
        }
        const QJsonObject row = array.at(i).toObject();
        checkKeys(row, rowKey, {QStringLiteral("source"), QStringLiteral("field")});
        rows.append({string(row, rowKey, QStringLiteral("source"), {}).trimmed(),
            string(row, rowKey, QStringLiteral("field"), {}).trimmed()});
    }
    return rows;
}

void SettingsJsonReader::readFetch(const QJsonObject &o, FetchSettings &fetch)
{
    const QString s = QStringLiteral("fetch");
    checkKeys(o, s, {QStringLiteral("type"), QStringLiteral("markSeen"), QStringLiteral("pollSeconds"), QStringLiteral("idle")});
    fetch.type = choice(o, s, QStringLiteral("type"), fetch.type, SettingsNames::fetchTypes());
    fetch.markSeen = boolean(o, s, QStringLiteral("markSeen"), fetch.markSeen);
    fetch.pollSeconds = integer(o, s, QStringLiteral("pollSeconds"), fetch.pollSeconds);
    fetch.idle = boolean(o, s, QStringLiteral("idle"), fetch.idle);
}

void SettingsJsonReader::readFilters(const QJsonObject &o, FilterSettings &f)
{
    const QString s = QStringLiteral("filters");
    const QList<std::pair<QString, QString *>> fields = SettingsNames::filterFields(f);
    QStringList known;
    for (const auto &field : fields)
        known << field.first;
    checkKeys(o, s, known);
    for (const auto &[key, target] : fields)
        *target = string(o, s, key, *target);
}

} // namespace soar::settings
