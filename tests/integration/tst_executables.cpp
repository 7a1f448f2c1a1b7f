// Smoke checks of the two shipped executables, run as a user would run them.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestExecutables : public QObject {
    Q_OBJECT
private:
    static QString binary(const char *name) { return QStringLiteral(SOAR_BINARY_DIR "/app/") + QString::fromLatin1(name); }
    static QByteArray fileText(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void daemonPrintsVersion()
    {
        QProcess p;
        p.start(binary("soar-imapd"), {QStringLiteral("--version")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().startsWith("soar-imapd "));
    }

    void daemonRejectsUnknownCommandWithUsageExit()
    {
        QProcess p;
        p.start(binary("soar-imapd"), {QStringLiteral("frobnicate")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("unknown command 'frobnicate'"));
    }

    void daemonAnalyzesAnOutlookMessage()
    {
        QProcess p;
        p.start(binary("soar-imapd"),
            {QStringLiteral("analyze"), QStringLiteral(SOAR_TEST_DATA_DIR "/msg/msgreader__msgInMsg.msg"),
                QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject report = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(report.value(QStringLiteral("subject")).toString(), QStringLiteral("I have attachments!"));
        QVERIFY(QJsonDocument(report).toJson().contains("green.png"));
    }

    void daemonAnalyzeFlagsASecondFromHeader()
    {
        QTemporaryDir dir;
        QFile eml(dir.filePath(QStringLiteral("spoofed.eml")));
        QVERIFY(eml.open(QIODevice::WriteOnly));
        eml.write("From: IT Helpdesk <helpdesk@example.test>\r\nFrom: CEO <ceo@bank.example>\r\n"
                  "Subject: Password expiry\r\n\r\nPlease act now.\r\n");
        eml.close();
        QProcess p;
        p.start(binary("soar-imapd"), {QStringLiteral("analyze"), eml.fileName(), QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject report = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(report.value(QStringLiteral("from")).toObject().value(QStringLiteral("email")).toString(),
            QStringLiteral("helpdesk@example.test"));
        QCOMPARE(report.value(QStringLiteral("defects")).toArray(),
            QJsonArray({QStringLiteral("duplicate header: 2 From headers; the first is shown")}));
    }

    void daemonAnalyzeRejectsAFileThatIsNoMail()
    {
        QTemporaryDir dir;
        QProcess p;
        p.start(binary("soar-imapd"), {QStringLiteral("analyze"), dir.filePath(QStringLiteral("missing.msg"))});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("cannot read"));
    }

    // The shipped GUI has no smoke-test switches: a timed quit is a test's business (SIGTERM).
    void guiRefusesTheOldQuitAfterOption()
    {
        QTemporaryDir data;
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(binary("soar-imap"),
            {QStringLiteral("--data-dir"), data.path(), QStringLiteral("--quit-after-ms"), QStringLiteral("300")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("Unknown option 'quit-after-ms'"));
        QVERIFY(!QFile::exists(data.filePath(QStringLiteral("mail.db"))));
    }

    // The log file fills while the app runs (flushed every second, not only at exit), and a
    // desktop logout's SIGTERM (or SIGINT, SIGHUP) stops it like Quit: clean exit, log complete.
    void guiStopsOnSignalWithItsLogWritten_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGHUP") << int(SIGHUP);
    }

    void guiStopsOnSignalWithItsLogWritten()
    {
        QFETCH(int, signalNumber);
        QTemporaryDir data;
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(binary("soar-imap"),
            {QStringLiteral("--data-dir"), data.path(), QStringLiteral("--config"),
                data.filePath(QStringLiteral("settings.json"))});
        QVERIFY(p.waitForStarted(20000));
        const QString log = data.filePath(QStringLiteral("logs/soar-imap.log"));
        QTRY_VERIFY_WITH_TIMEOUT(fileText(log).contains("[app] soar-imap "), 20000);
        QCOMPARE(p.state(), QProcess::Running); // written while running, not at exit
        QVERIFY(QFile::exists(data.filePath(QStringLiteral("mail.db")))); // the store opened offscreen
        QCOMPARE(::kill(pid_t(p.processId()), signalNumber), 0);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QByteArray text = fileText(log);
        QVERIFY2(text.contains("signal " + QByteArray::number(signalNumber) + " received: finishing the mail in progress"),
            text.constData());
        QVERIFY2(text.trimmed().endsWith("soar-imap stopped"), text.constData());
    }

    void guiWithoutDisplayExplainsWhatToDo()
    {
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        p.setProcessEnvironment(env);
        p.start(binary("soar-imap"), {});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QVERIFY(err.contains("no display"));
        QVERIFY(err.contains("soar-imapd"));
    }
};

QTEST_GUILESS_MAIN(TestExecutables)
#include "tst_executables.moc"
