#include "common/Logging.h"
#include "common/Redactor.h"

#include <QTest>

#include <spdlog/sinks/ostream_sink.h>

#include <sstream>

using soar::common::Logging;
using soar::common::Redactor;

class TestRedactor : public QObject {
    Q_OBJECT
private slots:
    void imapCommand_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("login") << QByteArray("a1 LOGIN alice secret") << QByteArray("a1 LOGIN alice <redacted>");
        QTest::newRow("login quoted") << QByteArray("a1 login \"alice\" \"se cret\"")
                                      << QByteArray("a1 login \"alice\" <redacted>");
        QTest::newRow("authenticate plain ir")
            << QByteArray("a2 AUTHENTICATE PLAIN AGFsaWNlAHNlY3JldA==") << QByteArray("a2 AUTHENTICATE PLAIN <redacted>");
        QTest::newRow("authenticate without ir") << QByteArray("a2 AUTHENTICATE PLAIN") << QByteArray("a2 AUTHENTICATE PLAIN");
        QTest::newRow("select untouched") << QByteArray("a3 SELECT INBOX") << QByteArray("a3 SELECT INBOX");
        QTest::newRow("search untouched") << QByteArray("a4 UID SEARCH FROM x") << QByteArray("a4 UID SEARCH FROM x");
    }

    void imapCommand()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, expected);
        QCOMPARE(Redactor::imapCommand(line), expected);
    }

    void httpHeaders()
    {
        QCOMPARE(Redactor::httpHeader("Authorization", "Bearer eyJhbGciOi.x.y"), QByteArray("Authorization: Bearer <redacted>"));
        QCOMPARE(Redactor::httpHeader("authorization", "Basic dXNlcjpwYXNz"), QByteArray("authorization: Basic <redacted>"));
        QCOMPARE(Redactor::httpHeader("Accept", "application/json"), QByteArray("Accept: application/json"));
    }

    void urls()
    {
        const QUrl url(QStringLiteral("https://user:pw@soar.example.com/api/v3/?access_token=abc&page=2"));
        const QString clean = Redactor::url(url);
        QVERIFY(!clean.contains(QLatin1String("pw")));
        QVERIFY(!clean.contains(QLatin1String("abc")));
        QVERIFY(clean.contains(QLatin1String("page=2")));
        QVERIFY(clean.contains(QLatin1String("soar.example.com")));
    }

    void scrubsRegisteredSecrets()
    {
        Redactor::registerSecret(QStringLiteral("hunter2-long"));
        Redactor::registerSecret(QStringLiteral("ab")); // too short to scrub safely
        QCOMPARE(Redactor::scrub(QStringLiteral("password is hunter2-long, ab")), QStringLiteral("password is <redacted>, ab"));
    }

    void loggingNeverWritesRegisteredSecrets()
    {
        std::ostringstream out;
        auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(out);
        sink->set_pattern("%n %v");
        Logging::setup({});
        Logging::addSink(sink);
        Redactor::registerSecret(QStringLiteral("s3cr3t-token-value"));
        Logging::get("test")->info("connecting with {}", QStringLiteral("s3cr3t-token-value"));
        Logging::get("test")->flush();
        Logging::removeSink(sink);
        const std::string text = out.str();
        QVERIFY2(text.find("s3cr3t-token-value") == std::string::npos, text.c_str());
        QVERIFY2(text.find("test connecting with <redacted>") != std::string::npos, text.c_str());
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
