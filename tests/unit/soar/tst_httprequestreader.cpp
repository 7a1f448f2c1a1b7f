#include "HttpRequestReader.h"

#include <QTest>

using soar::test::HttpRequestReader;

// The test server's parser decides what every soar test sees; it gets its own checks.
class TestHttpRequestReader : public QObject {
    Q_OBJECT
private slots:
    void readsPipelinedRequestsOneAtATime()
    {
        QByteArray buffer = "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nauthorization: Bearer t\r\n\r\nhello"
                            "GET /b?q=1 HTTP/1.1\r\nHost: x\r\n\r\n";
        QString error;
        const auto first = HttpRequestReader::take(buffer, &error);
        QVERIFY(first.has_value());
        QCOMPARE(first->method, QByteArray("POST"));
        QCOMPARE(first->body, QByteArray("hello"));
        QCOMPARE(first->header("Authorization"), QByteArray("Bearer t")); // names are case-insensitive
        const auto second = HttpRequestReader::take(buffer, &error);
        QVERIFY(second.has_value());
        QCOMPARE(second->path(), QByteArray("/b"));
        QCOMPARE(second->target, QByteArray("/b?q=1"));
        QVERIFY(buffer.isEmpty());
        QVERIFY(error.isEmpty());
    }

    void waitsForTheWholeRequest_data()
    {
        QTest::addColumn<QByteArray>("partial");
        QTest::newRow("header incomplete") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n");
        QTest::newRow("body incomplete") << QByteArray("PUT / HTTP/1.1\r\nContent-Length: 10\r\n\r\n12345");
    }
    void waitsForTheWholeRequest()
    {
        QFETCH(QByteArray, partial);
        QByteArray buffer = partial;
        QString error;
        QVERIFY(!HttpRequestReader::take(buffer, &error).has_value());
        QVERIFY(error.isEmpty());
        QCOMPARE(buffer, partial); // nothing consumed
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") << "chunked";
        QTest::newRow("request line") << QByteArray("GET /\r\n\r\n") << "request line";
        QTest::newRow("header line") << QByteArray("GET / HTTP/1.1\r\nno colon\r\n\r\n") << "header line";
        QTest::newRow("length") << QByteArray("GET / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << "Content-Length";
    }
    void refusesWhatItCannotRead()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!HttpRequestReader::take(bytes, &error).has_value());
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestReader)
#include "tst_httprequestreader.moc"
