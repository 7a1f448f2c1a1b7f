#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <optional>

namespace soar::rules {

// What the client check needs to know about one mail, already decoded (RFC 2047 words, RFC 2231
// parameters, transfer encodings, charsets). The fetcher fills it from the header fetch and
// BODYSTRUCTURE first, and adds textParts only when ClientMatcher says the body is needed;
// later it is built from the mime module's Mail value.
struct MailFacts {
    struct Header {
        QString name;
        QString value; // decoded, unfolded
    };

    QStringList from; // bare addresses: a@eu.sumologic.com
    QStringList to;
    QStringList cc;
    QString subject; // decoded
    QList<Header> headers; // every header field in message order, duplicates kept
    std::optional<QStringList> textParts; // text/plain and HTML-as-text; nullopt: not fetched yet
    QStringList attachmentNames; // decoded file names (from BODYSTRUCTURE or the MIME tree)
    bool seen = false;
    quint32 uid = 0;
    QDateTime date;
};

} // namespace soar::rules
