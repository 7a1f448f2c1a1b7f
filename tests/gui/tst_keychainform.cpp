// The resource form against the rig's real Secret Service: the password goes to the keychain,
// comes back in a new window, never reaches the settings file, and leaves with the resource.
#include "DialogAnswerer.h"
#include "GuiHelpers.h"
#include "MainWindow.h"
#include "ResourceActions.h"
#include "ResourceForm.h"
#include "ResourceListPanel.h"
#include "RigEnvironment.h"
#include "common/LogRingBuffer.h"
#include "settings/KeychainSecretStore.h"
#include "settings/SecretKeys.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace soar;
using namespace soar::test::gui;

class TestKeychainForm : public QObject {
    Q_OBJECT
private slots:
    void passwordRoundTripsThroughRealKeychain();
};

void TestKeychainForm::passwordRoundTripsThroughRealKeychain()
{
    SOAR_REQUIRE_RIG();
    QVERIFY2(test::RigEnvironment::keyringAvailable(), "the rig's Secret Service is not running");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.json"));
    // A service name of its own keeps parallel runs and other tests apart.
    const QString service = QStringLiteral("soar-imap-tst-keychainform-%1").arg(QCoreApplication::applicationPid());
    const QString password = QStringLiteral("kc-pass-%1").arg(QCoreApplication::applicationPid());
    common::LogRingBuffer log(10);
    test::DialogAnswerer script;
    script.names = {QStringLiteral("keychain-box")};

    {
        settings::KeychainSecretStore secrets(service);
        ui::MainWindow window(path, &secrets, &log);
        window.resourcePanel()->addAction()->trigger();
        QVERIFY(type(window.form(), QStringLiteral("imapHost"), test::RigEnvironment::host()));
        QVERIFY(type(window.form(), QStringLiteral("imapUsername"), test::RigEnvironment::kAlice));
        QVERIFY(type(window.form(), QStringLiteral("imapPassword"), password));
        QSignalSpy saved(window.resourceActions(), &ui::ResourceActions::resourceSaved);
        QTest::mouseClick(find<QPushButton>(window.form(), QStringLiteral("saveButton")), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QVERIFY(!window.form()->isDirty());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(json.contains("keychain-box"));
    QVERIFY(!json.contains(password.toUtf8()));

    settings::KeychainSecretStore secrets(service);
    ui::MainWindow window(path, &secrets, &log);
    QTRY_COMPARE_WITH_TIMEOUT(text(window.form(), QStringLiteral("imapPassword")), password, 10000);
    QVERIFY(!window.form()->isDirty());

    // Removing the resource removes its keychain entry too.
    QSignalSpy removed(window.resourceActions(), &ui::ResourceActions::resourceRemoved);
    window.resourcePanel()->removeAction()->trigger();
    QVERIFY(removed.count() == 1 || removed.wait(10000));
    bool answered = false;
    common::Error::Kind kind = common::Error::Kind::None;
    secrets.read(settings::SecretKeys::imapPassword(QStringLiteral("keychain-box")), [&](const common::Result<QString> &r) {
        answered = true;
        kind = r.ok() ? common::Error::Kind::None : r.error().kind;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
    QCOMPARE(kind, common::Error::Kind::NotFound);
}

QTEST_MAIN(TestKeychainForm)
#include "tst_keychainform.moc"
