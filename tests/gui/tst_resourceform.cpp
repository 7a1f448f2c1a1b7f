// The resource form driven like an analyst would: fill in, save, reopen, validate, guard.
#include "GuiHelpers.h"
#include "ResourceCatalog.h"
#include "ResourceForm.h"
#include "ResourceListPanel.h"
#include "WindowFixture.h"
#include "settings/SecretKeys.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace soar;
using namespace soar::test::gui;
using settings::SecretKeys;

namespace {

const QString kPassword = QStringLiteral("s3cret-Pass!word");
const QString kAccessKey = QStringLiteral("access-key-0f9e8d");
const QString kFingerprint = QStringLiteral("AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:"
                                            "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89");

// (objectName, value) for every text field of the form, Pre-filters included.
QList<std::pair<QString, QString>> textFields(const QString &caFile)
{
    return {
        {QStringLiteral("imapHost"), QStringLiteral("imap.example.test")},
        {QStringLiteral("imapUsername"), QStringLiteral("analyst")},
        {QStringLiteral("imapPassword"), kPassword},
        {QStringLiteral("imapPasswordCommand"), QStringLiteral("pass show mail/soc")},
        {QStringLiteral("imapMailboxAccount"), QStringLiteral("soc@example.test")},
        {QStringLiteral("imapFolder"), QStringLiteral("Reported/Phishing")},
        {QStringLiteral("imapCaFile"), caFile},
        {QStringLiteral("imapTrustedFingerprint"), kFingerprint},
        {QStringLiteral("soarUrl"), QStringLiteral("https://tenant.soar.example.test")},
        {QStringLiteral("soarAccessId"), QStringLiteral("AID-42")},
        {QStringLiteral("soarAccessKey"), kAccessKey},
        {QStringLiteral("soarSecretCommand"), QStringLiteral("secret-tool lookup soar key")},
        {QStringLiteral("filterFrom"), QStringLiteral("sumologic.com, sales@x.com")},
        {QStringLiteral("filterTo"), QStringLiteral("soc@example.test")},
        {QStringLiteral("filterSubject"), QStringLiteral("phishing, suspicious")},
        {QStringLiteral("filterTextBody"), QStringLiteral("invoice")},
        {QStringLiteral("filterHeader"), QStringLiteral("mailer-bot")},
        {QStringLiteral("filterHeaderField"), QStringLiteral("X-Mailer")},
        {QStringLiteral("filterNotFrom"), QStringLiteral("noreply@example.test")},
        {QStringLiteral("filterNotTo"), QStringLiteral("archive@example.test")},
        {QStringLiteral("filterNotSubject"), QStringLiteral("newsletter")},
        {QStringLiteral("filterNotTextBody"), QStringLiteral("unsubscribe")},
        {QStringLiteral("filterNotHeader"), QStringLiteral("bulk")},
        {QStringLiteral("filterNotHeaderField"), QStringLiteral("X-Custom-Header")},
    };
}

} // namespace

class TestResourceForm : public QObject {
    Q_OBJECT
private slots:
    void everyFieldSurvivesSaveAndRestart();
    void invalidInputShowsInlineErrorAndBlocksSave_data();
    void invalidInputShowsInlineErrorAndBlocksSave();
    void securityChangeUpdatesDefaultPort_data();
    void securityChangeUpdatesDefaultPort();
    void securityNoneShowsWarningAndPlaintextOption();
    void passwordRevealToggle();
    void unsavedChangesGuardOnClose_data();
    void unsavedChangesGuardOnClose();
    void closingWithUnsavedChangesAsks();
    void switchingResourceAsksAboutUnsavedChanges();
    void revertRestoresSavedValues();
    void keychainFailureIsShownAndKeepsFormUnsaved();
    void filterPreviewFollowsFields();
    void incidentRuleIsEditedOnTheSoarPage();
};

void TestResourceForm::everyFieldSurvivesSaveAndRestart()
{
    WindowFixture f;
    const QString caFile = f.dir.filePath(QStringLiteral("ca.pem"));
    {
        QFile ca(caFile);
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write("-----BEGIN CERTIFICATE-----\n");
    }
    f.script.names = {QStringLiteral("soc-inbox")};
    ui::MainWindow *window = f.open();
    window->resourcePanel()->addAction()->trigger();
    QCOMPARE(window->resourcePanel()->current(), QStringLiteral("soc-inbox"));
    ui::ResourceForm *form = window->form();
    QVERIFY(form->isDirty());

    QVERIFY(choose(form, QStringLiteral("imapSecurity"), 1)); // STARTTLS
    QVERIFY(setNumber(form, QStringLiteral("imapPort"), 1143));
    QVERIFY(choose(form, QStringLiteral("imapAuth"), 2)); // PLAIN
    QVERIFY(choose(form, QStringLiteral("soarAuth"), 1)); // Access ID + Access Key
    QVERIFY(choose(form, QStringLiteral("fetchType"), 1)); // Fetch From Latest
    QVERIFY(check(form, QStringLiteral("fetchMarkSeen"), false));
    QVERIFY(setNumber(form, QStringLiteral("fetchPollSeconds"), 300));
    QVERIFY(check(form, QStringLiteral("fetchIdle"), false));
    for (const auto &[name, value] : textFields(caFile))
        QVERIFY2(type(form, name, value), qPrintable(name));
    QVERIFY2(form->isValid(), qPrintable(settings::SettingsIssue::joined(form->issues())));

    auto *save = find<QPushButton>(form, QStringLiteral("saveButton"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!form->isDirty());
    QVERIFY(!window->isWindowModified());

    // Secrets are in the keychain under the resource's name, and nowhere in the file.
    QCOMPARE(f.secrets.entries.value(SecretKeys::imapPassword(QStringLiteral("soc-inbox"))), kPassword);
    QCOMPARE(f.secrets.entries.value(SecretKeys::soarSecret(QStringLiteral("soc-inbox"))), kAccessKey);
    const QByteArray json = f.fileContents();
    QVERIFY(json.contains("imap.example.test"));
    QVERIFY(!json.contains(kPassword.toUtf8()));
    QVERIFY(!json.contains(kAccessKey.toUtf8()));

    // A new window reads everything back: settings from the file, secrets from the store.
    window = f.open();
    QCOMPARE(window->resourcePanel()->names(), QStringList {QStringLiteral("soc-inbox")});
    form = window->form();
    QTRY_COMPARE(f.secrets.readsInFlight, 0);
    for (const auto &[name, value] : textFields(caFile))
        QCOMPARE(text(form, name), value);
    QCOMPARE(find<QComboBox>(form, QStringLiteral("imapSecurity"))->currentIndex(), 1);
    QCOMPARE(text(form, QStringLiteral("imapPort")), QStringLiteral("1143"));
    QCOMPARE(find<QComboBox>(form, QStringLiteral("imapAuth"))->currentIndex(), 2);
    QCOMPARE(find<QComboBox>(form, QStringLiteral("soarAuth"))->currentIndex(), 1);
    QCOMPARE(find<QComboBox>(form, QStringLiteral("fetchType"))->currentIndex(), 1);
    QVERIFY(!find<QCheckBox>(form, QStringLiteral("fetchMarkSeen"))->isChecked());
    QCOMPARE(text(form, QStringLiteral("fetchPollSeconds")), QStringLiteral("300"));
    QVERIFY(!find<QCheckBox>(form, QStringLiteral("fetchIdle"))->isChecked());
    QVERIFY(!form->isDirty());
    QVERIFY(!window->isWindowModified());
}

void TestResourceForm::invalidInputShowsInlineErrorAndBlocksSave_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");
    QTest::newRow("port out of range") << "imapPort"
                                       << "99999"
                                       << "imap.port"
                                       << "99999 is not a port (1-65535)";
    QTest::newRow("empty host") << "imapHost"
                                << ""
                                << "imap.host"
                                << "the IMAP server is missing, e.g. outlook.office365.com";
    QTest::newRow("host with scheme") << "imapHost"
                                      << "imaps://mail.example.test"
                                      << "imap.host"
                                      << "give the host name only, without 'imaps://'";
    QTest::newRow("mailbox account not an address")
        << "imapMailboxAccount"
        << "admin"
        << "imap.mailboxAccount"
        << "'admin' is not an e-mail address (it is only needed when the username is not one)";
    QTest::newRow("short fingerprint") << "imapTrustedFingerprint"
                                       << "ABCD"
                                       << "imap.trustedFingerprint"
                                       << "expected the certificate's SHA-256 fingerprint: 64 hex digits (colons allowed)";
    QTest::newRow("soar url not a web address")
        << "soarUrl"
        << "ftp://soar.example.test"
        << "soar.url"
        << "'ftp://soar.example.test' is not a web address; expected e.g. https://tenant.soar.sumologic.com";
    QTest::newRow("poll too often") << "fetchPollSeconds"
                                    << "5"
                                    << "fetch.pollSeconds"
                                    << "5 is out of range (10-86400 seconds)";
}

void TestResourceForm::invalidInputShowsInlineErrorAndBlocksSave()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, key);
    QFETCH(QString, message);

    WindowFixture f;
    QVERIFY(f.writeSettings({WindowFixture::validResource(QStringLiteral("soc-inbox"))}));
    const QByteArray before = f.fileContents();
    ui::MainWindow *window = f.open();
    ui::ResourceForm *form = window->form();
    QVERIFY(find<QLabel>(form, QStringLiteral("error:") + key));
    QVERIFY(!find<QLabel>(form, QStringLiteral("error:") + key)->isVisibleTo(window));

    const bool filled = find<QSpinBox>(form, field) ? setNumber(form, field, value.toInt()) : type(form, field, value);
    QVERIFY(filled);
    QCOMPARE(find<QLabel>(form, QStringLiteral("error:") + key)->text(), message);
    QVERIFY(!find<QLabel>(form, QStringLiteral("error:") + key)->isHidden());
    QCOMPARE(find<QWidget>(form, field)->accessibleDescription(), message);
    QVERIFY(!find<QPushButton>(form, QStringLiteral("saveButton"))->isEnabled());

    // The menu's Save refuses too, says why, and leaves the file alone.
    action(window, QStringLiteral("saveAction"))->trigger();
    QVERIFY(!f.script.asked.isEmpty());
    QVERIFY(f.script.asked.last().contains(message));
    QCOMPARE(f.fileContents(), before);
    // ... and shows the page with the offending field.
    QVERIFY(find<QLabel>(form, QStringLiteral("error:") + key)->isVisibleTo(window));

    // Fixing the field clears the message and unblocks Save.
    form->revert();
    QVERIFY(find<QLabel>(form, QStringLiteral("error:") + key)->text().isEmpty());
    QVERIFY(find<QLabel>(form, QStringLiteral("error:") + key)->isHidden());
}

void TestResourceForm::securityChangeUpdatesDefaultPort_data()
{
    QTest::addColumn<int>("fromSecurity");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("toSecurity");
    QTest::addColumn<int>("expectedPort");
    QTest::newRow("tls default to starttls") << 0 << 993 << 1 << 143;
    QTest::newRow("starttls default to tls") << 1 << 143 << 0 << 993;
    QTest::newRow("tls default to none") << 0 << 993 << 2 << 143;
    QTest::newRow("custom port stays") << 0 << 10993 << 1 << 10993;
    QTest::newRow("starttls custom stays") << 1 << 1143 << 0 << 1143;
}

void TestResourceForm::securityChangeUpdatesDefaultPort()
{
    QFETCH(int, fromSecurity);
    QFETCH(int, port);
    QFETCH(int, toSecurity);
    QFETCH(int, expectedPort);

    WindowFixture f;
    settings::ResourceSettings r = WindowFixture::validResource(QStringLiteral("soc-inbox"));
    r.imap.security = fromSecurity == 0 ? settings::ImapSecurity::Tls : settings::ImapSecurity::StartTls;
    r.imap.port = port;
    QVERIFY(f.writeSettings({r}));
    ui::MainWindow *window = f.open();
    QVERIFY(choose(window->form(), QStringLiteral("imapSecurity"), toSecurity));
    QCOMPARE(window->form()->current().imap.port, expectedPort);
}

void TestResourceForm::securityNoneShowsWarningAndPlaintextOption()
{
    WindowFixture f;
    QVERIFY(f.writeSettings({WindowFixture::validResource(QStringLiteral("soc-inbox"))}));
    ui::MainWindow *window = f.open();
    ui::ResourceForm *form = window->form();
    auto *warning = find<QLabel>(form, QStringLiteral("plaintextWarning"));
    auto *allow = find<QCheckBox>(form, QStringLiteral("imapAllowPlaintextPassword"));
    QVERIFY(warning && allow);
    QVERIFY(!warning->isVisibleTo(window));
    QVERIFY(!allow->isVisibleTo(window));

    QVERIFY(choose(form, QStringLiteral("imapSecurity"), 2));
    QVERIFY(warning->isVisibleTo(window));
    QVERIFY(allow->isVisibleTo(window));
    allow->setChecked(true);
    QVERIFY(form->current().imap.allowPlaintextPassword);

    // Back to TLS: the option disappears and is not saved.
    QVERIFY(choose(form, QStringLiteral("imapSecurity"), 0));
    QVERIFY(!allow->isVisibleTo(window));
    QVERIFY(!form->current().imap.allowPlaintextPassword);
    QVERIFY(form->isValid());
}

void TestResourceForm::passwordRevealToggle()
{
    WindowFixture f;
    QVERIFY(f.writeSettings({WindowFixture::validResource(QStringLiteral("soc-inbox"))}));
    ui::MainWindow *window = f.open();
    auto *password = find<QLineEdit>(window->form(), QStringLiteral("imapPassword"));
    auto *reveal = window->form()->findChild<QAction *>(QStringLiteral("imapPasswordReveal"));
    QVERIFY(password && reveal);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    reveal->trigger();
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    reveal->trigger();
    QCOMPARE(password->echoMode(), QLineEdit::Password);
}

void TestResourceForm::unsavedChangesGuardOnClose_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<bool>("closes");
    QTest::addColumn<QString>("savedHost");
    QTest::newRow("cancel") << int(ui::DialogPrompter::UnsavedChoice::Cancel) << false << "imap.example.test";
    QTest::newRow("discard") << int(ui::DialogPrompter::UnsavedChoice::Discard) << true << "imap.example.test";
    QTest::newRow("save") << int(ui::DialogPrompter::UnsavedChoice::Save) << true << "imap.changed.test";
}

void TestResourceForm::unsavedChangesGuardOnClose()
{
    QFETCH(int, choice);
    QFETCH(bool, closes);
    QFETCH(QString, savedHost);

    WindowFixture f;
    QVERIFY(f.writeSettings({WindowFixture::validResource(QStringLiteral("soc-inbox"))}));
    f.script.unsaved = ui::DialogPrompter::UnsavedChoice(choice);
    ui::MainWindow *window = f.open();
    QVERIFY(!window->isWindowModified());
    QVERIFY(type(window->form(), QStringLiteral("imapHost"), QStringLiteral("imap.changed.test")));
    QVERIFY(window->isWindowModified());
    QVERIFY(window->windowTitle().contains(QStringLiteral("soc-inbox")));
    QVERIFY(find<QLabel>(window->form(), QStringLiteral("unsavedLabel"))->isVisibleTo(window));

    window->close();
    QCOMPARE(f.script.asked, QStringList {QStringLiteral("unsaved:soc-inbox")});
    QTRY_COMPARE(window->isVisible(), !closes);
    ui::ResourceCatalog reread(f.settingsPath(), &f.secrets);
    QVERIFY(reread.load().ok());
    QCOMPARE(reread.resource(QStringLiteral("soc-inbox"))->imap.host, savedHost);
}

void TestResourceForm::closingWithUnsavedChangesAsks()
{
    WindowFixture f;
    QVERIFY(f.writeSettings({WindowFixture::validResource(QStringLiteral("soc-inbox"))}));
    ui::MainWindow *window = f.open();
    QVERIFY(type(window->form(), QStringLiteral("imapHost"), QStringLiteral("imap.changed.test")));

    f.script.unsaved = ui::DialogPrompter::UnsavedChoice::Cancel;
    window->close();
    QCOMPARE(f.script.asked, QStringList {QStringLiteral("unsaved:soc-inbox")});
    QVERIFY(window->isVisible());
    QVERIFY(window->form()->isDirty());
}

void TestResourceForm::switchingResourceAsksAboutUnsavedChanges()
{
    WindowFixture f;
    QVERIFY(f.writeSettings(
        {WindowFixture::validResource(QStringLiteral("first")), WindowFixture::validResource(QStringLiteral("second"))}));
    ui::MainWindow *window = f.open();
    QCOMPARE(window->resourcePanel()->current(), QStringLiteral("first"));
    QVERIFY(type(window->form(), QStringLiteral("imapHost"), QStringLiteral("imap.first.test")));

    f.script.unsaved = ui::DialogPrompter::UnsavedChoice::Cancel;
    window->resourcePanel()->setCurrent(QStringLiteral("second"));
    QTRY_COMPARE(f.script.asked.count(QStringLiteral("unsaved:first")), 1);
    QCOMPARE(window->resourcePanel()->current(), QStringLiteral("first"));
    QCOMPARE(text(window->form(), QStringLiteral("imapHost")), QStringLiteral("imap.first.test"));

    f.script.unsaved = ui::DialogPrompter::UnsavedChoice::Save;
    window->resourcePanel()->setCurrent(QStringLiteral("second"));
    QTRY_COMPARE(window->form()->resourceName(), QStringLiteral("second"));
    QCOMPARE(window->resourcePanel()->current(), QStringLiteral("second"));
    QCOMPARE(window->catalog()->resource(QStringLiteral("first"))->imap.host, QStringLiteral("imap.first.test"));
    QCOMPARE(f.script.asked.count(QStringLiteral("unsaved:first")), 2);
}

void TestResourceForm::revertRestoresSavedValues()
{
    WindowFixture f;
    QVERIFY(f.writeSettings({WindowFixture::validResource(QStringLiteral("soc-inbox"))}));
    f.secrets.entries.insert(SecretKeys::imapPassword(QStringLiteral("soc-inbox")), kPassword);
    ui::MainWindow *window = f.open();
    ui::ResourceForm *form = window->form();
    QTRY_COMPARE(text(form, QStringLiteral("imapPassword")), kPassword);
    QVERIFY(!form->isDirty());
    QVERIFY(type(form, QStringLiteral("imapPassword"), QStringLiteral("other")));
    QVERIFY(type(form, QStringLiteral("filterSubject"), QStringLiteral("x")));
    QVERIFY(form->isDirty());
    QTest::mouseClick(find<QPushButton>(form, QStringLiteral("revertButton")), Qt::LeftButton);
    QCOMPARE(text(form, QStringLiteral("imapPassword")), kPassword);
    QCOMPARE(text(form, QStringLiteral("filterSubject")), QString());
    QVERIFY(!form->isDirty());
}

void TestResourceForm::keychainFailureIsShownAndKeepsFormUnsaved()
{
    WindowFixture f;
    QVERIFY(f.writeSettings({WindowFixture::validResource(QStringLiteral("soc-inbox"))}));
    f.secrets.failWrites = true;
    ui::MainWindow *window = f.open();
    ui::ResourceForm *form = window->form();
    QTRY_COMPARE(f.secrets.readsInFlight, 0);
    QVERIFY(type(form, QStringLiteral("imapPassword"), kPassword));
    QTest::mouseClick(find<QPushButton>(form, QStringLiteral("saveButton")), Qt::LeftButton);
    auto *problem = find<QLabel>(form, QStringLiteral("operationError"));
    QTRY_VERIFY(problem->isVisibleTo(window));
    QVERIFY(problem->text().contains(QStringLiteral("the keychain is locked")));
    QVERIFY(form->isDirty());
    QVERIFY(!f.fileContents().contains(kPassword.toUtf8()));
}

void TestResourceForm::filterPreviewFollowsFields()
{
    WindowFixture f;
    QVERIFY(f.writeSettings({WindowFixture::validResource(QStringLiteral("soc-inbox"))}));
    ui::MainWindow *window = f.open();
    ui::ResourceForm *form = window->form();
    auto *preview = find<QLabel>(form, QStringLiteral("filterPreview"));
    QVERIFY(preview);
    QVERIFY(type(form, QStringLiteral("filterFrom"), QStringLiteral("sumologic.com, sales@x.com")));
    QVERIFY(type(form, QStringLiteral("filterNotSubject"), QStringLiteral("newsletter")));
    QCOMPARE(preview->text(), QStringLiteral("unseen mail from sumologic.com OR sales@x.com AND NOT subject 'newsletter'"));
    auto *headerNames = find<QComboBox>(form, QStringLiteral("filterHeaderField"));
    QVERIFY(headerNames->findText(QStringLiteral("Authentication-Results")) > 0);
    QVERIFY(headerNames->findText(QStringLiteral("Reply-To")) > 0);
}

void TestResourceForm::incidentRuleIsEditedOnTheSoarPage()
{
    WindowFixture f;
    settings::ResourceSettings resource = WindowFixture::validResource(QStringLiteral("soc-inbox"));
    resource.soar.url = QStringLiteral("https://tenant.soar.example.test");
    QVERIFY(f.writeSettings({resource}));
    ui::MainWindow *window = f.open();
    ui::ResourceForm *form = window->form();
    QTRY_COMPARE(f.secrets.readsInFlight, 0);
    auto *table = find<QTableWidget>(form, QStringLiteral("incidentMappingTable"));
    QVERIFY(table);
    // No template: incidents are off and the mapping waits, showing the defaults.
    QVERIFY(!find<QWidget>(form, QStringLiteral("incidentMapping"))->isEnabled());
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("CSOAR Email ID"));

    QVERIFY(setNumber(form, QStringLiteral("soarIncidentTemplate"), 12));
    QVERIFY(find<QWidget>(form, QStringLiteral("incidentMapping"))->isEnabled());
    QTest::mouseClick(find<QPushButton>(form, QStringLiteral("addMappingRow")), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 5);
    // An empty incident field is named, with its row, under the table, and blocks Save.
    QCOMPARE(find<QLabel>(form, QStringLiteral("error:") + QStringLiteral("soar.incidentMapping"))->text(),
        QStringLiteral("Row 5: name the Cloud SOAR incident field, or remove the row"));
    QVERIFY(!find<QPushButton>(form, QStringLiteral("saveButton"))->isEnabled());

    auto *source = qobject_cast<QComboBox *>(table->cellWidget(4, 0));
    source->setCurrentIndex(source->findData(QStringLiteral("from")));
    table->item(4, 1)->setText(QStringLiteral("Reporter"));
    table->item(0, 1)->setText(QStringLiteral("Mail Ref"));
    QVERIFY(find<QLabel>(form, QStringLiteral("error:") + QStringLiteral("soar.incidentMapping"))->text().isEmpty());
    QTest::mouseClick(find<QPushButton>(form, QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY(!form->isDirty());
    const QByteArray json = f.fileContents();
    QVERIFY2(json.contains("\"incidentTemplateId\": 12"), json.constData());
    QVERIFY2(json.contains("\"field\": \"Reporter\"") && json.contains("\"source\": \"from\""), json.constData());
    QVERIFY2(json.contains("\"mailIdField\": \"Mail Ref\""), json.constData());

    // Reopened, the edited mapping is back; "Restore defaults" makes the file implicit again.
    window = f.open();
    form = window->form();
    QTRY_COMPARE(f.secrets.readsInFlight, 0);
    table = find<QTableWidget>(form, QStringLiteral("incidentMappingTable"));
    QCOMPARE(table->rowCount(), 5);
    QCOMPARE(table->item(4, 1)->text(), QStringLiteral("Reporter"));
    QTest::mouseClick(find<QPushButton>(form, QStringLiteral("restoreMappingDefaults")), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Mail Ref"));
    QVERIFY(form->isDirty());
    QTest::mouseClick(find<QPushButton>(form, QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY(!form->isDirty());
    QVERIFY(!f.fileContents().contains("incidentMapping"));
}

QTEST_MAIN(TestResourceForm)
#include "tst_resourceform.moc"
