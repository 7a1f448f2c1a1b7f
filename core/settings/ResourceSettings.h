#pragma once

#include "settings/IncidentFieldRow.h"
#include "settings/OAuthSettings.h"

#include <QList>
#include <QString>

namespace soar::settings {

enum class ImapSecurity { Tls, StartTls, None };
// XOAuth2: the password (or password command) is a bearer token obtained elsewhere;
// OAuth2: the app signs in and refreshes the token itself (imap.oauth).
enum class ImapAuth { Auto, Login, Plain, XOAuth2, OAuth2 };
enum class SoarAuth { Jwt, AccessKey };
enum class FetchType { Unseen, Latest };

struct ImapSettings {
    QString host;
    int port = 993;
    ImapSecurity security = ImapSecurity::Tls;
    QString username;
    QString mailboxAccount; // only when the username is not an e-mail address; SASL authzid when it differs
    QString folder = QStringLiteral("INBOX");
    ImapAuth auth = ImapAuth::Auto;
    QString caFile;
    QString trustedFingerprint; // SHA-256 of the server certificate, hex
    QString passwordCommand; // like mbsync's PassCmd: first line of stdout
    bool allowPlaintextPassword = false; // only meaningful with security "none"
    OAuthSettings oauth; // only meaningful with auth OAuth2

    bool operator==(const ImapSettings &o) const;
    bool operator!=(const ImapSettings &o) const { return !(*this == o); }
};

struct SoarSettings {
    QString url; // empty: no SOAR, mail stays in the local store
    SoarAuth auth = SoarAuth::Jwt;
    QString accessId;
    QString secretCommand;
    QString caFile; // extra CA certificate(s) for the SOAR's TLS, PEM
    QString trustedFingerprint; // SHA-256 of the SOAR server certificate, hex
    // The daemon rule: for each newly stored mail, create an incident from this template
    // (0: no incidents, mail stays in the local store) with the mail id in this custom field.
    int incidentTemplateId = 0;
    QString mailIdField = QStringLiteral("CSOAR Email ID");
    // Which incident field each mail value fills; empty: the default mapping (mail id ->
    // mailIdField, subject -> description, date -> starttime, summary -> additional_info).
    QList<IncidentFieldRow> incidentMapping;

    bool isConfigured() const { return !url.trimmed().isEmpty(); }
    bool createsIncidents() const { return isConfigured() && incidentTemplateId > 0; }
    bool operator==(const SoarSettings &o) const;
    bool operator!=(const SoarSettings &o) const { return !(*this == o); }
};

struct FetchSettings {
    FetchType type = FetchType::Unseen;
    bool markSeen = true;
    int pollSeconds = 60;
    bool idle = true;

    bool operator==(const FetchSettings &o) const;
    bool operator!=(const FetchSettings &o) const { return !(*this == o); }
};

// The pre-filters exactly as the analyst typed them; rules::FilterSpec parses them.
struct FilterSettings {
    QString from, to, subject, textBody, header, headerField;
    QString notFrom, notTo, notSubject, notTextBody, notHeader, notHeaderField;

    bool operator==(const FilterSettings &o) const;
    bool operator!=(const FilterSettings &o) const { return !(*this == o); }
};

struct ResourceSettings {
    QString name;
    ImapSettings imap;
    SoarSettings soar;
    FetchSettings fetch;
    FilterSettings filters;

    bool operator==(const ResourceSettings &o) const;
    bool operator!=(const ResourceSettings &o) const { return !(*this == o); }

    static int defaultPort(ImapSecurity security) { return security == ImapSecurity::Tls ? 993 : 143; }
};

struct AppSettings {
    QList<ResourceSettings> resources;

    const ResourceSettings *resource(const QString &name) const;
    bool operator==(const AppSettings &o) const;
    bool operator!=(const AppSettings &o) const { return !(*this == o); }
};

} // namespace soar::settings
