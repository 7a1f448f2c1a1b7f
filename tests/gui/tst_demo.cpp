// The demo of scripts/run --demo as a test: the sample mails of resources/demo/ in a rig
// mailbox, the demo settings template pointing at it, and the app fetching them into the Mails
// view, with the newsletters left out by the demo's pre-filters.
#include "AppController.h"
#include "GuiHelpers.h"
#include "ImapTestClient.h"
#include "IocLookup.h"
#include "RigEnvironment.h"
#include "WindowFixture.h"
#include "mails/MailDetailView.h"
#include "mails/MailListModel.h"
#include "mails/MailsPage.h"
#include "settings/SettingsValidator.h"
#include "store/MailStore.h"

#include <QDir>
#include <QSet>
#include <QTest>

using namespace soar;
using namespace soar::test::gui;
using soar::test::ImapTestClient;
using soar::test::RigEnvironment;

class TestDemo : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { SOAR_REQUIRE_RIG(); }
    void demoSettingsTemplateIsValid();
    void demoMailsAreFetchedAndListed();

private:
    static QString demoDir() { return QStringLiteral(SOAR_TEST_DATA_DIR "/../../resources/demo"); }
    // The template filled in the way scripts/run --demo does, but for this test's folder.
    static QByteArray demoSettings(const QString &folder);
};

QByteArray TestDemo::demoSettings(const QString &folder)
{
    QFile file(QDir(demoDir()).filePath(QStringLiteral("settings.json.in")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    text.replace(QStringLiteral("@HOST@"), RigEnvironment::host())
        .replace(QStringLiteral("@PORT@"), QString::number(RigEnvironment::imapsPort()))
        .replace(QStringLiteral("@USERNAME@"), RigEnvironment::kCarol)
        .replace(QStringLiteral("@FOLDER@"), folder)
        .replace(QStringLiteral("@CA_FILE@"), RigEnvironment::caFile())
        .replace(QStringLiteral("@PASSWORD_COMMAND@"), QStringLiteral("echo ") + RigEnvironment::kCarolPassword);
    return text.toUtf8();
}

void TestDemo::demoSettingsTemplateIsValid()
{
    test::gui::WindowFixture f;
    QFile out(f.settingsPath());
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(demoSettings(QStringLiteral("INBOX")));
    out.close();
    const auto loaded = settings::SettingsFile::load(f.settingsPath());
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    QCOMPARE(loaded.value().resources.size(), 1);
    const settings::ResourceSettings &r = loaded.value().resources.first();
    QCOMPARE(r.imap.security, settings::ImapSecurity::Tls);
    QCOMPARE(r.filters.notHeaderField, QStringLiteral("Precedence"));
    QVERIFY(settings::SettingsValidator::validate(r).isEmpty());
}

void TestDemo::demoMailsAreFetchedAndListed()
{
    const QString folder = QStringLiteral("DemoTest");
    ImapTestClient carol(RigEnvironment::kCarol, RigEnvironment::kCarolPassword);
    QVERIFY(carol.resetFolder(folder));
    const QStringList samples = QDir(demoDir()).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    QCOMPARE(samples.size(), 7);
    for (const QString &name : samples) {
        QFile mail(QDir(demoDir()).filePath(name));
        QVERIFY(mail.open(QIODevice::ReadOnly));
        QByteArray raw = mail.readAll();
        raw.replace("\r\n", "\n").replace("\n", "\r\n"); // IMAP literals carry CRLF lines
        QVERIFY2(carol.append(folder, raw), qPrintable(name + QStringLiteral(": ") + carol.lastError()));
    }

    test::gui::WindowFixture f;
    QFile out(f.settingsPath());
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(demoSettings(folder));
    out.close();
    store::MailStore store;
    QVERIFY(store.open(f.dir.filePath(QStringLiteral("mail.db"))).ok());
    f.window = std::make_unique<ui::MainWindow>(f.settingsPath(), &f.secrets, &f.log, &store);
    f.window->show();
    ui::AppController controller(f.window.get(), &store, &f.secrets, f.dir.path());
    controller.start();

    ui::MailsPage *mails = f.window->mails();
    QVERIFY(mails);
    // Five reports; the two newsletters are left on the server by the pre-filters.
    QTRY_COMPARE_WITH_TIMEOUT(mailModel(mails)->rowCount(), 5, 30000);
    QSet<QString> subjects;
    QString outlookReport;
    for (int row = 0; row < mailModel(mails)->rowCount(); ++row) {
        const QModelIndex subject = mailModel(mails)->index(row, ui::MailListModel::SubjectColumn);
        subjects.insert(subject.data().toString());
        if (subject.data().toString().startsWith(QLatin1String("Reported with the Outlook button")))
            outlookReport = subject.data(ui::MailListModel::MailIdRole).toString();
    }
    const QSet<QString> expected
        = {QStringLiteral("Suspicious invoice - please check"), QStringLiteral("FW: Your mailbox is almost full"),
            QStringLiteral("Reported with the Outlook button: shared document request"),
            QStringLiteral("Payment advice with a script attachment?"),
            QStringLiteral("FW: Urgent - confidential wire transfer today")};
    QCOMPARE(subjects, expected);

    // Analyze on the report's .msg shows the reported phish (written by DemoOutlookReport).
    QVERIFY(mails->selectMail(outlookReport));
    const auto report = mails->detail()->analyzeAttachment(0);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report.value().format, QStringLiteral("msg"));
    QCOMPARE(report.value().subject, QStringLiteral("Anna, Piotr Zielinski shared \"Q1 2026 salary review.xlsx\" with you"));
    QCOMPARE(report.value().from.email, QStringLiteral("no-reply@sharepoint-online.example.net"));
    QVERIFY(test::findIoc(
        report.value().iocs, tools::Ioc::Kind::Url, QStringLiteral("https://docs-share-login.example.net/view?id=77f3")));
    QCOMPARE(carol.search(folder, "UNSEEN").size(), 2); // only the newsletters stay unread
}

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
