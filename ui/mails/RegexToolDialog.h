#pragma once

#include "common/Result.h"
#include "mails/MailPart.h"
#include "mime/Mail.h"
#include "tools/RegexRunResult.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace soar::ui {

// "Body / Header Regex...": a preset or a custom (Python-style) pattern over one part of the
// mail; the distinct matches with count and first location, exportable as JSON and CSV.
// Matching runs on a worker thread with the runner's limits, so a hostile pattern cannot freeze
// the window.
class RegexToolDialog : public QDialog {
    Q_OBJECT
public:
    RegexToolDialog(mime::Mail mail, QWidget *parent = nullptr);

    common::Result<void> exportJson(const QString &path) const;
    common::Result<void> exportCsv(const QString &path) const;

public slots:
    void run();

private:
    void selectPart(MailPart part);
    void onPresetChanged();
    void validatePattern();
    void showResult(const tools::RegexRunResult &result);
    void showRunError(const QString &message);
    void exportTo(bool json);
    MailPart currentPart() const;

    mime::Mail m_mail;
    QComboBox *m_preset = nullptr;
    QLineEdit *m_pattern = nullptr;
    QCheckBox *m_ignoreCase = nullptr;
    QLabel *m_patternError = nullptr;
    QComboBox *m_part = nullptr;
    QComboBox *m_header = nullptr;
    QPushButton *m_run = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_results = nullptr;
    QPushButton *m_exportJson = nullptr;
    QPushButton *m_exportCsv = nullptr;
    std::optional<tools::RegexRunResult> m_result;
    int m_runId = 0; // ignores results of a run that was superseded
};

} // namespace soar::ui
