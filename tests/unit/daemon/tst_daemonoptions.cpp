#include "daemon/DaemonOptions.h"
#include "daemon/RunLock.h"

#include <QTemporaryDir>
#include <QTest>

using soar::daemon::DaemonOptions;
using soar::daemon::RunLock;

class TestDaemonOptions : public QObject {
    Q_OBJECT
private:
    static QStringList args(const QString &line)
    {
        return (QStringLiteral("soar-imapd ") + line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }

private slots:
    void parsesCommands()
    {
        auto o = DaemonOptions::parse(
            args(QStringLiteral("--config /etc/s.json --data-dir /var/lib/s --resource soc once --json -v")));
        QVERIFY2(o.ok(), qPrintable(o.error().message));
        QCOMPARE(o.value().command, DaemonOptions::Command::Once);
        QCOMPARE(o.value().configFile, QStringLiteral("/etc/s.json"));
        QCOMPARE(o.value().dataDir, QStringLiteral("/var/lib/s"));
        QCOMPARE(o.value().resource, QStringLiteral("soc"));
        QVERIFY(o.value().json);
        QVERIFY(o.value().verbose);

        o = DaemonOptions::parse(args(QStringLiteral("list --search invoice --limit 5")));
        QVERIFY(o.ok());
        QCOMPARE(o.value().command, DaemonOptions::Command::List);
        QCOMPARE(o.value().search, QStringLiteral("invoice"));
        QCOMPARE(o.value().limit, 5);

        o = DaemonOptions::parse(args(QStringLiteral("show m-abc")));
        QVERIFY(o.ok());
        QCOMPARE(o.value().mailId, QStringLiteral("m-abc"));

        QCOMPARE(DaemonOptions::parse(args(QStringLiteral("--data-dir /var/lib/s check-store"))).value().command,
            DaemonOptions::Command::CheckStore);
        QVERIFY(DaemonOptions::usage().contains(QLatin1String("check-store")));

        QCOMPARE(DaemonOptions::parse(args(QStringLiteral("--version"))).value().command, DaemonOptions::Command::Version);
        QCOMPARE(DaemonOptions::parse(args(QStringLiteral("once --help"))).value().command, DaemonOptions::Command::Help);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("none") << QString() << QStringLiteral("no command given");
        QTest::newRow("unknown") << QStringLiteral("frobnicate") << QStringLiteral("unknown command 'frobnicate'");
        QTest::newRow("option") << QStringLiteral("once --fast") << QStringLiteral("unknown option '--fast'");
        QTest::newRow("config value") << QStringLiteral("once --config") << QStringLiteral("--config needs a file name");
        QTest::newRow("limit") << QStringLiteral("list --limit lots")
                               << QStringLiteral("--limit needs a number from 1 to 100000");
        QTest::newRow("show id") << QStringLiteral("show") << QStringLiteral("show needs exactly one MAIL_ID");
        QTest::newRow("extra") << QStringLiteral("once extra") << QStringLiteral("unexpected argument 'extra'");
        QTest::newRow("check-store takes no argument")
            << QStringLiteral("check-store mail.db") << QStringLiteral("unexpected argument 'mail.db'");
        QTest::newRow("search elsewhere") << QStringLiteral("once --search x")
                                          << QStringLiteral("--search and --limit only apply to list");
    }

    void usageErrors()
    {
        QFETCH(QString, line);
        QFETCH(QString, message);
        const auto o = DaemonOptions::parse(args(line));
        QVERIFY(!o.ok());
        QVERIFY2(o.error().message.contains(message), qPrintable(o.error().message));
    }

    void runLockIsExclusive()
    {
        QTemporaryDir dir;
        RunLock first(dir.path(), QStringLiteral("soc/inbox"));
        QVERIFY(first.acquire().ok());
        RunLock second(dir.path(), QStringLiteral("soc/inbox"));
        const auto blocked = second.acquire();
        QVERIFY(!blocked.ok());
        QVERIFY2(blocked.error().message.contains(QLatin1String("soc/inbox is already being fetched")),
            qPrintable(blocked.error().message));
        RunLock other(dir.path(), QStringLiteral("other"));
        QVERIFY(other.acquire().ok());
        first.release();
        QVERIFY(second.acquire().ok());
    }
};

QTEST_GUILESS_MAIN(TestDaemonOptions)
#include "tst_daemonoptions.moc"
