// The Body / Header Regex dialog: every preset offered, presets and custom patterns over each
// part of the mail, inline pattern errors, JSON and CSV export.
#include "MailStoreFixture.h"
#include "daemon/MailConverter.h"
#include "mails/RegexToolDialog.h"
#include "rules/ClientMatcher.h"
#include "rules/FilterSpec.h"
#include "tools/RegexPreset.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace soar;
using namespace soar::test;
using namespace soar::test::gui;
using ui::MailPart;

namespace {

mime::Mail phishingMail()
{
    TestMail mail = MailStoreFixture::phishing();
    mail.header(QStringLiteral("Received"), QStringLiteral("from mx.evil.example ([192.0.2.10]) by mx.example.com"));
    return mime::MailParser::parse(mail.raw());
}

QStringList column(QTableWidget *table, int col)
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out << table->item(row, col)->text();
    return out;
}

// The dialog's widgets, found as the analyst's tools (and screen readers) see them: by name.
// The preset list's index 0 is the custom pattern; presets follow in RegexPreset::all() order.
QComboBox *presetCombo(const ui::RegexToolDialog &d)
{
    return d.findChild<QComboBox *>(QStringLiteral("regexPreset"));
}
QLineEdit *patternEdit(const ui::RegexToolDialog &d)
{
    return d.findChild<QLineEdit *>(QStringLiteral("regexPattern"));
}
QComboBox *headerCombo(const ui::RegexToolDialog &d)
{
    return d.findChild<QComboBox *>(QStringLiteral("regexHeader"));
}
QTableWidget *resultsTable(const ui::RegexToolDialog &d)
{
    return d.findChild<QTableWidget *>(QStringLiteral("regexResults"));
}
QLabel *patternError(const ui::RegexToolDialog &d)
{
    return d.findChild<QLabel *>(QStringLiteral("regexPatternError"));
}
void selectPreset(const ui::RegexToolDialog &d, const QString &presetId)
{
    QComboBox *presets = presetCombo(d);
    presets->setCurrentIndex(presets->findData(presetId));
}
void selectPart(const ui::RegexToolDialog &d, MailPart part)
{
    QComboBox *parts = d.findChild<QComboBox *>(QStringLiteral("regexPart"));
    parts->setCurrentIndex(parts->findData(int(part)));
}
void clickRun(const ui::RegexToolDialog &d)
{
    QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("regexRun")), Qt::LeftButton);
}

} // namespace

class TestRegexToolDialog : public QObject {
    Q_OBJECT
private slots:
    void offersEveryPreset();
    void presetFindsMatchesInPart_data();
    void presetFindsMatchesInPart();
    void oneHeader();
    void customPatternErrorIsShownInline();
    void customPatternRuns();
    void exportsCsvAndJson();
    void cannotExportBeforeARun();
    void filterAndRegexToolReadTheSameHtmlText();
};

void TestRegexToolDialog::offersEveryPreset()
{
    ui::RegexToolDialog dialog(phishingMail());
    QComboBox *presets = presetCombo(dialog);
    QCOMPARE(presets->count(), tools::RegexPreset::all().size() + 1);
    QCOMPARE(presets->itemText(0), QStringLiteral("Custom pattern"));
    for (const tools::RegexPreset &preset : tools::RegexPreset::all())
        QVERIFY2(presets->findData(preset.id) > 0, qPrintable(preset.id));
}

void TestRegexToolDialog::presetFindsMatchesInPart_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<int>("part");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("IP in text body") << QStringLiteral("ip") << int(MailPart::TextBody)
                                     << QStringList {QStringLiteral("198.51.100.23")};
    QTest::newRow("IP in headers") << QStringLiteral("ip") << int(MailPart::AllHeaders)
                                   << QStringList {QStringLiteral("203.0.113.45"), QStringLiteral("192.0.2.10")};
    QTest::newRow("URL in HTML as text") << QStringLiteral("url") << int(MailPart::HtmlAsText)
                                         << QStringList {QStringLiteral("https://paypa1-secure.com/verify?id=42")};
    QTest::newRow("nothing in subject") << QStringLiteral("ip") << int(MailPart::Subject) << QStringList();
}

// Waits until the run a click started has ended: the summary leaves "Running...".
bool runEnded(ui::RegexToolDialog &dialog)
{
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("regexSummary"));
    return summary && QTest::qWaitFor([summary] { return !summary->text().startsWith(QLatin1String("Running")); }, 5000);
}

// The last run as the analyst exports it (JSON).
QJsonObject exported(ui::RegexToolDialog &dialog)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.json"));
    if (!dialog.exportJson(path).ok())
        return {};
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

void TestRegexToolDialog::presetFindsMatchesInPart()
{
    QFETCH(QString, preset);
    QFETCH(int, part);
    QFETCH(QStringList, expected);
    ui::RegexToolDialog dialog(phishingMail());
    dialog.show();
    selectPreset(dialog, preset);
    selectPart(dialog, MailPart(part));
    QVERIFY(patternEdit(dialog)->isReadOnly());
    QVERIFY(!patternEdit(dialog)->text().isEmpty());
    dialog.findChild<QPushButton *>(QStringLiteral("regexRun"))->click();
    QVERIFY(runEnded(dialog));
    QCOMPARE(column(resultsTable(dialog), 0), expected);
    QCOMPARE(exported(dialog).value(QStringLiteral("preset")).toString(), preset);
}

void TestRegexToolDialog::oneHeader()
{
    ui::RegexToolDialog dialog(phishingMail());
    selectPreset(dialog, QStringLiteral("ip"));
    selectPart(dialog, MailPart::OneHeader);
    QVERIFY(headerCombo(dialog)->isEnabled());
    QVERIFY(headerCombo(dialog)->findText(QStringLiteral("X-Originating-IP")) >= 0);
    headerCombo(dialog)->setCurrentText(QStringLiteral("Received"));
    clickRun(dialog);
    QVERIFY(runEnded(dialog));
    QCOMPARE(column(resultsTable(dialog), 0), QStringList {QStringLiteral("192.0.2.10")});
    QCOMPARE(column(resultsTable(dialog), 2), QStringList {QStringLiteral("line 1, column 24")});
}

void TestRegexToolDialog::customPatternErrorIsShownInline()
{
    ui::RegexToolDialog dialog(phishingMail());
    dialog.show();
    QCOMPARE(presetCombo(dialog)->currentIndex(), 0);
    auto *run = dialog.findChild<QPushButton *>(QStringLiteral("regexRun"));
    QVERIFY(!run->isEnabled()); // nothing typed yet
    QTest::keyClicks(patternEdit(dialog), QStringLiteral("(unclosed"));
    QVERIFY(patternError(dialog)->isVisible());
    QVERIFY2(patternError(dialog)->text().contains(QStringLiteral("offset")), qPrintable(patternError(dialog)->text()));
    QVERIFY(!run->isEnabled());
    QTest::keyClick(patternEdit(dialog), Qt::Key_Backspace);
    QTest::keyClicks(patternEdit(dialog), QStringLiteral("d)"));
    QVERIFY(!patternError(dialog)->isVisible());
    QVERIFY(run->isEnabled());
}

void TestRegexToolDialog::customPatternRuns()
{
    ui::RegexToolDialog dialog(phishingMail());
    QTest::keyClicks(patternEdit(dialog), QStringLiteral(R"(paypa1-\w+)"));
    selectPart(dialog, MailPart::TextBody);
    QTest::keyClick(patternEdit(dialog), Qt::Key_Return);
    QVERIFY(runEnded(dialog));
    QCOMPARE(column(resultsTable(dialog), 0), QStringList {QStringLiteral("paypa1-secure")});
    QCOMPARE(column(resultsTable(dialog), 1), QStringList {QStringLiteral("1")});
    const QJsonObject run = exported(dialog);
    QCOMPARE(run.value(QStringLiteral("pattern")).toString(), QStringLiteral(R"(paypa1-\w+)"));
    QVERIFY(!run.contains(QStringLiteral("preset")));
}

void TestRegexToolDialog::exportsCsvAndJson()
{
    QTemporaryDir dir;
    ui::RegexToolDialog dialog(phishingMail());
    selectPreset(dialog, QStringLiteral("ip"));
    selectPart(dialog, MailPart::AllHeaders);
    clickRun(dialog);
    QVERIFY(runEnded(dialog));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("regexExportCsv"))->isEnabled());

    const QString csvPath = dir.filePath(QStringLiteral("matches.csv"));
    QVERIFY(dialog.exportCsv(csvPath).ok());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("value,count,line,column,offset"));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("203.0.113.45,1,")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("192.0.2.10,1,")), qPrintable(lines.at(2)));

    const QString jsonPath = dir.filePath(QStringLiteral("matches.json"));
    QVERIFY(dialog.exportJson(jsonPath).ok());
    QFile json(jsonPath);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject run = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(run.value(QStringLiteral("preset")).toString(), QStringLiteral("ip"));
    QCOMPARE(run.value(QStringLiteral("totalMatches")).toInt(), 2);
    const QJsonArray matches = run.value(QStringLiteral("matches")).toArray();
    QCOMPARE(matches.size(), 2);
    QCOMPARE(matches.at(0).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("203.0.113.45"));
    QCOMPARE(matches.at(1).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("192.0.2.10"));
}

void TestRegexToolDialog::cannotExportBeforeARun()
{
    QTemporaryDir dir;
    ui::RegexToolDialog dialog(phishingMail());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("regexExportCsv"))->isEnabled());
    const auto refused = dialog.exportCsv(dir.filePath(QStringLiteral("x.csv")));
    QVERIFY(!refused.ok());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.csv"))));
}

// Issue 20: a Text Body filter and the regex tool's "HTML converted to text" read one conversion,
// so a word hidden with a soft hyphen and written with character references is the same word
// for both, and the escaped form is in neither.
void TestRegexToolDialog::filterAndRegexToolReadTheSameHtmlText()
{
    TestMail raw;
    raw.from(QStringLiteral("alerts@paypa1-secure.com")).to(QStringLiteral("bob@example.com"));
    raw.html(QStringLiteral("<html><body><p>Ihr pay&shy;pal &ndash; &hellip; Konto</p></body></html>"));
    const mime::Mail mail = mime::MailParser::parse(raw.raw());

    const auto filterMatches = [&mail](const QString &value) {
        const auto spec = rules::FilterSpec::fromSettings({{QStringLiteral("textBody"), value}});
        if (!spec.ok())
            qFatal("bad filter: %s", qPrintable(spec.error().message));
        const daemon::MailConverter::BodyTexts body = daemon::MailConverter::bodyTexts(mail);
        const rules::MailFacts facts = daemon::MailConverter::toFacts(mail, 1, false, &body);
        return rules::ClientMatcher(spec.value(), rules::FetchWindow::unseen()).evaluate(facts).verdict
            == rules::ClientMatcher::Verdict::Accept;
    };
    ui::RegexToolDialog dialog(mail);
    dialog.show();
    auto *pattern = dialog.findChild<QLineEdit *>(QStringLiteral("regexPattern"));
    auto *part = dialog.findChild<QComboBox *>(QStringLiteral("regexPart"));
    auto *results = dialog.findChild<QTableWidget *>(QStringLiteral("regexResults"));
    QVERIFY(pattern && part && results);
    part->setCurrentIndex(part->findData(int(MailPart::HtmlAsText)));
    const auto regexFinds = [&](const QString &asciiPattern) {
        pattern->clear();
        QTest::keyClicks(pattern, asciiPattern);
        QTest::keyClick(pattern, Qt::Key_Return);
        if (!runEnded(dialog))
            qFatal("the regex tool did not finish");
        return column(results, 0);
    };

    const QString word = QStringLiteral("paypal \u2013 \u2026");
    QVERIFY(filterMatches(word));
    QCOMPARE(regexFinds(QStringLiteral("paypal \\x{2013} \\x{2026}")), QStringList {word});
    const QString escaped = QStringLiteral("pay&shy;pal");
    QVERIFY(!filterMatches(escaped));
    QCOMPARE(regexFinds(escaped), QStringList());
    QVERIFY(!filterMatches(QStringLiteral("&ndash;")));
    QCOMPARE(regexFinds(QStringLiteral("&ndash;")), QStringList());
}

QTEST_MAIN(TestRegexToolDialog)
#include "tst_regextooldialog.moc"
