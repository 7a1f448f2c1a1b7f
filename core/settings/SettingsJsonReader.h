#pragma once

#include "settings/ResourceSettings.h"
#include "settings/SettingsIssue.h"

#include <QJsonObject>
#include <QStringList>

namespace soar::settings {

// Reads AppSettings out of parsed JSON, collecting every problem with its key path instead of
// stopping at the first one.
class SettingsJsonReader {
public:
    AppSettings read(const QJsonObject &root);
    const QList<SettingsIssue> &issues() const { return m_issues; }

private:
    ResourceSettings readResource(const QJsonObject &object, const QString &fallbackName);
    void readImap(const QJsonObject &object, ImapSettings &imap);
    void readOAuth(const QJsonObject &object, OAuthSettings &oauth);
    void readSoar(const QJsonObject &object, SoarSettings &soar);
    QList<IncidentFieldRow> readIncidentMapping(const QJsonValue &value);
    void readFetch(const QJsonObject &object, FetchSettings &fetch);
    void readFilters(const QJsonObject &object, FilterSettings &filters);

    void checkKeys(const QJsonObject &object, const QString &section, const QStringList &known);
    QString string(const QJsonObject &object, const QString &section, const QString &key, const QString &fallback);
    int integer(const QJsonObject &object, const QString &section, const QString &key, int fallback);
    bool boolean(const QJsonObject &object, const QString &section, const QString &key, bool fallback);
    QJsonObject section(const QJsonObject &object, const QString &key, const QString &prefix = QString());
    template<typename Enum>
    Enum choice(const QJsonObject &object, const QString &section, const QString &key, Enum fallback,
        const QList<std::pair<QString, Enum>> &names);
    void issue(const QString &key, const QString &message);

    QString m_resource;
    QList<SettingsIssue> m_issues;
};

} // namespace soar::settings
