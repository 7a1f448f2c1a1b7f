#include "mails/RegexToolDialog.h"

#include "mails/FileSaver.h"
#include "tools/RegexPreset.h"
#include "tools/RegexRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>

namespace soar::ui {

namespace {

struct RunOutcome {
    std::optional<tools::RegexRunResult> result;
    QString error;
};

RunOutcome runRegex(const std::optional<tools::RegexPreset> &preset, const QString &pattern, bool ignoreCase, const QString &text)
{
    const tools::RegexRunner runner;
    if (preset)
        return {runner.runPreset(*preset, text), {}};
    auto result = runner.runCustom(pattern, text, ignoreCase);
    if (!result.ok())
        return {std::nullopt, result.error().message};
    return {std::move(result).value(), {}};
}

} // namespace

RegexToolDialog::RegexToolDialog(mime::Mail mail, QWidget *parent) : QDialog(parent), m_mail(std::move(mail))
{
    setObjectName(QStringLiteral("regexToolDialog"));
    setWindowTitle(tr("Body / Header Regex — %1").arg(m_mail.subject));

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("regexPreset"));
    m_preset->addItem(tr("Custom pattern"));
    for (const tools::RegexPreset &preset : tools::RegexPreset::all())
        m_preset->addItem(preset.name, preset.id);
    m_pattern = new QLineEdit(this);
    m_pattern->setObjectName(QStringLiteral("regexPattern"));
    m_pattern->setPlaceholderText(tr("Python-style regular expression, e.g. invoice-\\d+"));
    m_ignoreCase = new QCheckBox(tr("&Ignore case"), this);
    m_ignoreCase->setObjectName(QStringLiteral("regexIgnoreCase"));
    m_patternError = new QLabel(this);
    m_patternError->setObjectName(QStringLiteral("regexPatternError"));
    // A red that stays readable on light and dark palettes (as InlineErrors).
    QPalette red = m_patternError->palette();
    red.setColor(QPalette::WindowText, QColor(0xd0, 0x36, 0x2c));
    m_patternError->setPalette(red);
    m_patternError->setWordWrap(true);
    m_patternError->hide();

    m_part = new QComboBox(this);
    m_part->setObjectName(QStringLiteral("regexPart"));
    for (MailPart part : {MailPart::TextBody, MailPart::HtmlAsText, MailPart::AllHeaders, MailPart::OneHeader, MailPart::Subject})
        m_part->addItem(MailPartText::label(part), int(part));
    m_header = new QComboBox(this);
    m_header->setObjectName(QStringLiteral("regexHeader"));
    m_header->setEditable(true);
    QStringList names;
    for (const mime::MailHeader &header : m_mail.headers) {
        if (!names.contains(header.name, Qt::CaseInsensitive))
            names.append(header.name);
    }
    m_header->addItems(names);
    m_header->setEnabled(false);

    m_run = new QPushButton(tr("&Run"), this);
    m_run->setObjectName(QStringLiteral("regexRun"));
    m_run->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Preset:"), m_preset);
    form->addRow(tr("P&attern:"), m_pattern);
    form->addRow(QString(), m_ignoreCase);
    form->addRow(QString(), m_patternError);
    form->addRow(tr("Run &over:"), m_part);
    form->addRow(tr("&Header:"), m_header);
    form->addRow(QString(), m_run);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("regexSummary"));
    m_summary->setWordWrap(true);
    m_results = new QTableWidget(0, 3, this);
    m_results->setObjectName(QStringLiteral("regexResults"));
    m_results->setHorizontalHeaderLabels({tr("Match"), tr("Count"), tr("First seen at")});
    m_results->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setWordWrap(false);
    m_results->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportJson = buttons->addButton(tr("Export &JSON..."), QDialogButtonBox::ActionRole);
    m_exportJson->setObjectName(QStringLiteral("regexExportJson"));
    m_exportCsv = buttons->addButton(tr("Export &CSV..."), QDialogButtonBox::ActionRole);
    m_exportCsv->setObjectName(QStringLiteral("regexExportCsv"));
    m_exportJson->setEnabled(false);
    m_exportCsv->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);

    connect(m_preset, qOverload<int>(&QComboBox::currentIndexChanged), this, &RegexToolDialog::onPresetChanged);
    connect(m_pattern, &QLineEdit::textChanged, this, &RegexToolDialog::validatePattern);
    connect(m_pattern, &QLineEdit::returnPressed, this, &RegexToolDialog::run);
    connect(m_ignoreCase, &QCheckBox::toggled, this, &RegexToolDialog::validatePattern);
    connect(m_part, qOverload<int>(&QComboBox::currentIndexChanged), this,
        [this] { m_header->setEnabled(currentPart() == MailPart::OneHeader); });
    connect(m_run, &QPushButton::clicked, this, &RegexToolDialog::run);
    connect(m_exportJson, &QPushButton::clicked, this, [this] { exportTo(true); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportTo(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    onPresetChanged();
    resize(640, 520);
}

void RegexToolDialog::selectPart(MailPart part)
{
    m_part->setCurrentIndex(m_part->findData(int(part)));
}

MailPart RegexToolDialog::currentPart() const
{
    return MailPart(m_part->currentData().toInt());
}

void RegexToolDialog::onPresetChanged()
{
    const auto preset = tools::RegexPreset::find(m_preset->currentData().toString());
    const bool custom = !preset;
    m_pattern->setReadOnly(!custom);
    m_ignoreCase->setEnabled(custom);
    if (preset) {
        m_pattern->setText(preset->pythonPattern);
        m_pattern->setCursorPosition(0);
        m_pattern->setToolTip(preset->portNote);
        if (preset->id.contains(QStringLiteral("attachment")))
            selectPart(MailPart::AllHeaders);
    } else {
        m_pattern->clear();
        m_pattern->setToolTip({});
    }
    validatePattern();
}

void RegexToolDialog::validatePattern()
{
    const bool custom = m_preset->currentIndex() == 0;
    QString problem;
    if (custom && !m_pattern->text().isEmpty()) {
        const auto compiled = tools::RegexRunner().compileCustom(m_pattern->text(), m_ignoreCase->isChecked());
        if (!compiled.ok())
            problem = compiled.error().message;
    }
    m_patternError->setText(problem);
    m_patternError->setVisible(!problem.isEmpty());
    m_run->setEnabled(problem.isEmpty() && !(custom && m_pattern->text().isEmpty()));
}

void RegexToolDialog::run()
{
    if (!m_run->isEnabled())
        return;
    const auto preset = tools::RegexPreset::find(m_preset->currentData().toString());
    const QString pattern = m_pattern->text();
    const bool ignoreCase = m_ignoreCase->isChecked();
    const QString text = MailPartText::of(m_mail, currentPart(), m_header->currentText());
    const int runId = ++m_runId;
    m_summary->setText(tr("Running..."));
    QPointer<RegexToolDialog> self(this);
    QThreadPool::globalInstance()->start([self, runId, preset, pattern, ignoreCase, text] {
        RunOutcome outcome = runRegex(preset, pattern, ignoreCase, text);
        // Back on the UI thread; the dialog may have been closed meanwhile.
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, runId, outcome = std::move(outcome)] {
            if (!self || self->m_runId != runId)
                return;
            if (outcome.result)
                self->showResult(*outcome.result);
            else
                self->showRunError(outcome.error);
        });
    });
}

void RegexToolDialog::showResult(const tools::RegexRunResult &result)
{
    m_result = result;
    m_results->setRowCount(int(result.matches.size()));
    for (int row = 0; row < result.matches.size(); ++row) {
        const tools::RegexMatch &match = result.matches.at(row);
        m_results->setItem(row, 0, new QTableWidgetItem(match.value));
        auto *count = new QTableWidgetItem;
        count->setData(Qt::DisplayRole, match.count);
        m_results->setItem(row, 1, count);
        m_results->setItem(row, 2, new QTableWidgetItem(tr("line %1, column %2").arg(match.line).arg(match.column)));
    }
    QString summary = tr("%L1 distinct, %L2 in total in %3.")
                          .arg(result.matches.size())
                          .arg(result.totalMatches)
                          .arg(m_part->currentText().toLower());
    if (!result.isComplete())
        summary += QLatin1Char(' ') + result.cutShortReason();
    m_summary->setText(summary);
    m_exportJson->setEnabled(true);
    m_exportCsv->setEnabled(true);
}

void RegexToolDialog::showRunError(const QString &message)
{
    m_result.reset();
    m_results->setRowCount(0);
    m_summary->setText(message);
    m_exportJson->setEnabled(false);
    m_exportCsv->setEnabled(false);
}

common::Result<void> RegexToolDialog::exportJson(const QString &path) const
{
    if (!m_result)
        return common::Error(common::Error::Kind::Config, tr("Run the regex first; there is nothing to export yet."));
    return FileSaver::write(path, QJsonDocument(m_result->toJson()).toJson());
}

common::Result<void> RegexToolDialog::exportCsv(const QString &path) const
{
    if (!m_result)
        return common::Error(common::Error::Kind::Config, tr("Run the regex first; there is nothing to export yet."));
    return FileSaver::write(path, m_result->toCsv().toUtf8());
}

void RegexToolDialog::exportTo(bool json)
{
    const QString path = QFileDialog::getSaveFileName(this, json ? tr("Export matches as JSON") : tr("Export matches as CSV"),
        json ? QStringLiteral("matches.json") : QStringLiteral("matches.csv"), json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const auto written = json ? exportJson(path) : exportCsv(path);
    m_summary->setText(written.ok() ? tr("Saved %1.").arg(path) : written.error().message);
}

} // namespace soar::ui
