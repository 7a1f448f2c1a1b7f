#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace soar::store {

// SQLite's own checks of the store file (soar-imapd check-store): PRAGMA integrity_check and
// foreign_key_check. An error says what to do and lists what SQLite found.
class IntegrityCheck {
public:
    explicit IntegrityCheck(QSqlDatabase db);

    common::Result<void> run() const;

private:
    QSqlDatabase m_db;
};

} // namespace soar::store
