#pragma once

#include <QString>
#include <QStringList>

namespace soar::tools {

// Writes RFC 4180 CSV that is safe to open in a spreadsheet: a cell starting with = + - @ (or a
// tab / carriage return) is prefixed with ' so it is never evaluated as a formula (CSV injection:
// a mail body can contain "=HYPERLINK(...)").
class CsvWriter {
public:
    void addRow(const QStringList &cells);
    QString text() const { return m_text; }

    static QString cell(const QString &value);

private:
    QString m_text;
};

} // namespace soar::tools
