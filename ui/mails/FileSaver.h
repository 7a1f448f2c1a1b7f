#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace soar::ui {

// Writes an export or a saved attachment atomically (QSaveFile), with an error an analyst can
// act on when the folder is not writable.
class FileSaver {
public:
    static common::Result<void> write(const QString &path, const QByteArray &bytes);
};

} // namespace soar::ui
