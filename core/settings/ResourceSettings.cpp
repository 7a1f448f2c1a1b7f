#include "settings/ResourceSettings.h"

#include <tuple>

namespace soar::settings {

bool ImapSettings::operator==(const ImapSettings &o) const
{
    return std::tie(host, port, security, username, mailboxAccount, folder, auth, caFile, trustedFingerprint, passwordCommand,
               allowPlaintextPassword, oauth)
        == std::tie(o.host, o.port, o.security, o.username, o.mailboxAccount, o.folder, o.auth, o.caFile, o.trustedFingerprint,
            o.passwordCommand, o.allowPlaintextPassword, o.oauth);
}

bool SoarSettings::operator==(const SoarSettings &o) const
{
    return std::tie(
               url, auth, accessId, secretCommand, caFile, trustedFingerprint, incidentTemplateId, mailIdField, incidentMapping)
        == std::tie(o.url, o.auth, o.accessId, o.secretCommand, o.caFile, o.trustedFingerprint, o.incidentTemplateId,
            o.mailIdField, o.incidentMapping);
}

bool FetchSettings::operator==(const FetchSettings &o) const
{
    return std::tie(type, markSeen, pollSeconds, idle) == std::tie(o.type, o.markSeen, o.pollSeconds, o.idle);
}

bool FilterSettings::operator==(const FilterSettings &o) const
{
    return std::tie(from, to, subject, textBody, header, headerField, notFrom, notTo, notSubject, notTextBody, notHeader,
               notHeaderField)
        == std::tie(o.from, o.to, o.subject, o.textBody, o.header, o.headerField, o.notFrom, o.notTo, o.notSubject, o.notTextBody,
            o.notHeader, o.notHeaderField);
}

bool ResourceSettings::operator==(const ResourceSettings &o) const
{
    return std::tie(name, imap, soar, fetch, filters) == std::tie(o.name, o.imap, o.soar, o.fetch, o.filters);
}

bool AppSettings::operator==(const AppSettings &o) const
{
    return resources == o.resources;
}

const ResourceSettings *AppSettings::resource(const QString &name) const
{
    for (const ResourceSettings &r : resources) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

} // namespace soar::settings
