// Fault-injection scenario 4 (docs/RELIABILITY.md): between two runs the folder is deleted and
// created again, so UIDVALIDITY changes and UIDs 1.. are reused for different mails; one of them
// even reuses an old Message-ID with other content, and one old mail comes back byte for byte.
// Nothing may be lost (the new UID 1 is not "already stored"), and nothing stored twice (the
// returning mail is recognised by Message-ID + SHA-256).
#include "ImapTestClient.h"
#include "ImapdRunner.h"
#include "InvariantChecker.h"
#include "RigEnvironment.h"
#include "TestMail.h"

#include <QTemporaryDir>
#include <QTest>

using soar::test::ImapdRunner;
using soar::test::ImapTestClient;
using soar::test::InvariantChecker;
using soar::test::RigEnvironment;
using soar::test::TestMail;

class TestFaultUidValidity : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { SOAR_REQUIRE_RIG(); }

    void recreatedFolderLosesAndDuplicatesNothing()
    {
        const QString folder = QStringLiteral("FaultUidValidity");
        ImapTestClient bob(RigEnvironment::kBob, RigEnvironment::kBobPassword);
        bob.deleteFolder(folder); // may not exist yet
        QVERIFY(bob.createFolder(folder));
        QList<QByteArray> before;
        for (int i = 0; i < 3; ++i) {
            before << TestMail().subject(QStringLiteral("before %1").arg(i)).raw();
            QVERIFY(bob.append(folder, before.last()));
        }
        const quint32 firstValidity = bob.uidValidity(folder);

        ImapdRunner::Resource r;
        r.name = folder;
        r.folder = folder;
        r.host = RigEnvironment::host();
        r.port = RigEnvironment::imapsPort();
        r.caFile = RigEnvironment::caFile();
        r.user = RigEnvironment::kBob;
        r.password = RigEnvironment::kBobPassword;
        ImapdRunner runner(m_dir.filePath(folder), r);
        const auto first = runner.once();
        QVERIFY2(first.finished && first.exitCode == 0, first.err.constData());

        // Recreate: UIDs 1-3 now hold other mails; UID 1 reuses an old Message-ID with another body.
        QVERIFY(bob.deleteFolder(folder));
        QVERIFY(bob.createFolder(folder));
        const QString reusedId = InvariantChecker::messageIdOf(before.at(0));
        QVERIFY(bob.append(folder, TestMail().messageId(reusedId).subject(QStringLiteral("after, same id")).raw()));
        QVERIFY(bob.append(folder, TestMail().subject(QStringLiteral("after 1")).raw()));
        QVERIFY(bob.append(folder, TestMail().subject(QStringLiteral("after 2")).raw()));
        QVERIFY(bob.append(folder, before.at(1))); // an old mail back, byte for byte, at UID 4
        QVERIFY(bob.uidValidity(folder) != firstValidity);

        const auto second = runner.once();
        QVERIFY2(second.finished && second.exitCode == 0, second.err.constData());
        InvariantChecker checker(RigEnvironment::kBob, RigEnvironment::kBobPassword, folder, runner.storePath(), folder);
        checker.setRunCompleted(true);
        // Stored by the first run from the folder that is gone; still in the store, rightly.
        checker.allowStoredElsewhere({reusedId, InvariantChecker::messageIdOf(before.at(2))});
        const QStringList violations = checker.check();
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
        QCOMPARE(checker.storedCount(), 6); // 3 before + 3 new after; the returning mail once
    }
};

QTEST_GUILESS_MAIN(TestFaultUidValidity)
#include "tst_faultuidvalidity.moc"
