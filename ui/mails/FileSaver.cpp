#include "mails/FileSaver.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace soar::ui {

common::Result<void> FileSaver::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return common::Error(common::Error::Kind::Storage,
            QCoreApplication::translate("soar::ui::FileSaver", "Could not write %1: %2. Choose another folder.")
                .arg(path, file.errorString()));
    }
    return {};
}

} // namespace soar::ui
