// Smoke checks of the two shipped executables, run as a user would run them.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestExecutables : public QObject {
    Q_OBJECT
private:
    static QString binary(const char *name) { return QStringLiteral(SOAR_BINARY_DIR "/app/") + QString::fromLatin1(name); }

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

    void daemonAnalyzeRejectsAFileThatIsNoMail()
    {
        QTemporaryDir dir;
        QProcess p;
        p.start(binary("soar-imapd"), {QStringLiteral("analyze"), dir.filePath(QStringLiteral("missing.msg"))});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("cannot read"));
    }

    void guiStartsOffscreen()
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
        QCOMPARE(p.exitCode(), 0);
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
