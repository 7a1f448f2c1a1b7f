#pragma once

#include "settings/ResourceSettings.h"

#include <QList>
#include <QString>

#include <utility>

namespace soar::settings {

// The spelling of every enum and filter key in the settings file, in one table each.
class SettingsNames {
public:
    static QList<std::pair<QString, ImapSecurity>> securities();
    static QList<std::pair<QString, ImapAuth>> imapAuths();
    static QList<std::pair<QString, SoarAuth>> soarAuths();
    static QList<std::pair<QString, OAuthProvider>> oauthProviders();
    static QList<std::pair<QString, OAuthFlow>> oauthFlows();
    static QList<std::pair<QString, OAuthMechanism>> oauthMechanisms();
    static QList<std::pair<QString, FetchType>> fetchTypes();
    // (JSON key, field) for each of the twelve pre-filter fields, in form order.
    static QList<std::pair<QString, QString *>> filterFields(FilterSettings &filters);
    static QList<std::pair<QString, const QString *>> filterFields(const FilterSettings &filters);

    template<typename Enum>
    static QString nameOf(const QList<std::pair<QString, Enum>> &table, Enum value)
    {
        for (const auto &entry : table) {
            if (entry.second == value)
                return entry.first;
        }
        return QString();
    }
};

} // namespace soar::settings
