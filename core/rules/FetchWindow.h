#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

namespace soar::rules {

// Which mails of the selected folder a fetch cycle considers, before any filter: decided by
// FetchPlan::windowFor() from the fetch type, the checkpoint and the folder's UIDVALIDITY.
struct FetchWindow {
    enum class Kind {
        Unseen, // UNSEEN
        UidsAbove, // NOT UID 1:uidAbove
        Since, // SINCE since: rescan after a UIDVALIDITY change
        All, // rescan after a UIDVALIDITY change with no stored date to start from
    };

    Kind kind = Kind::Unseen;
    quint32 uidAbove = 0;
    QDate since;

    // A rescan may return mails that are already stored: the fetcher drops them by
    // Message-ID + SHA-256 and logs a warning.
    bool isRescan() const { return kind == Kind::Since || kind == Kind::All; }

    static FetchWindow unseen() { return {}; }
    static FetchWindow uidsAbove(quint32 uid) { return {Kind::UidsAbove, uid, {}}; }
    static FetchWindow sinceDate(QDate date) { return {Kind::Since, 0, date}; }
    static FetchWindow all() { return {Kind::All, 0, {}}; }

    bool operator==(const FetchWindow &o) const { return kind == o.kind && uidAbove == o.uidAbove && since == o.since; }
};

} // namespace soar::rules
