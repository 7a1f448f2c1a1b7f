// QtKeychain against the rig's real Secret Service (gnome-keyring in a private D-Bus session).
#include "RigEnvironment.h"
#include "settings/KeychainSecretStore.h"

#include <QSignalSpy>
#include <QTest>

using soar::common::Error;
using soar::common::Result;
using soar::settings::KeychainSecretStore;

class TestKeychainSecretStore : public QObject {
    Q_OBJECT
private:
    template<typename T>
    static Result<T> await(const std::function<void(std::function<void(const Result<T> &)>)> &start)
    {
        std::optional<Result<T>> result;
        start([&](const Result<T> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return Error(Error::Kind::Timeout, QStringLiteral("keychain did not answer"));
        return *result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(soar::test::RigEnvironment::keyringAvailable(), qPrintable(soar::test::RigEnvironment::missingReason()));
    }

    void writeReadRemove()
    {
        KeychainSecretStore store(QStringLiteral("soar-imap-test"));
        const QString key = QStringLiteral("soc-inbox/imap-password");
        const QString secret = QStringLiteral("pässwörd with spaces & \"quotes\"");

        auto written = await<void>([&](auto done) { store.write(key, secret, done); });
        QVERIFY2(written.ok(), qPrintable(written.error().toString()));

        auto read = await<QString>([&](auto done) { store.read(key, done); });
        QVERIFY2(read.ok(), qPrintable(read.error().toString()));
        QCOMPARE(read.value(), secret);

        // A second store object (as after a restart) sees the same secret.
        KeychainSecretStore again(QStringLiteral("soar-imap-test"));
        auto reread = await<QString>([&](auto done) { again.read(key, done); });
        QVERIFY(reread.ok());
        QCOMPARE(reread.value(), secret);

        auto removed = await<void>([&](auto done) { store.remove(key, done); });
        QVERIFY2(removed.ok(), qPrintable(removed.error().toString()));
        auto gone = await<QString>([&](auto done) { store.read(key, done); });
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, Error::Kind::NotFound);
    }

    void missingEntryIsNotFound()
    {
        KeychainSecretStore store(QStringLiteral("soar-imap-test"));
        auto read = await<QString>([&](auto done) { store.read(QStringLiteral("never/stored"), done); });
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, Error::Kind::NotFound);
        QVERIFY(read.error().message.contains(QLatin1String("never/stored")));
    }

    void servicesAreSeparate()
    {
        KeychainSecretStore a(QStringLiteral("soar-imap-test-a"));
        KeychainSecretStore b(QStringLiteral("soar-imap-test-b"));
        QVERIFY(await<void>([&](auto done) { a.write(QStringLiteral("k"), QStringLiteral("value-a"), done); }).ok());
        auto fromB = await<QString>([&](auto done) { b.read(QStringLiteral("k"), done); });
        QVERIFY(!fromB.ok());
        QVERIFY(await<void>([&](auto done) { a.remove(QStringLiteral("k"), done); }).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
