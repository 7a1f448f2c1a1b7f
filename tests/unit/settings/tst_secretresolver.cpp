#include "MemorySecretStore.h"
#include "common/Redactor.h"
#include "settings/SecretKeys.h"
#include "settings/SecretResolver.h"

#include <QTest>

using namespace soar::settings;
using soar::common::Error;
using soar::common::Result;

class TestSecretResolver : public QObject {
    Q_OBJECT
private:
    Result<QString> resolve(SecretResolver &resolver, const ResourceSettings &r, SecretResolver::Secret which)
    {
        std::optional<Result<QString>> result;
        resolver.resolve(r, which, [&](const Result<QString> &value) { result = value; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return Error(Error::Kind::Timeout, QStringLiteral("no answer"));
        return *result;
    }

    static ResourceSettings resource()
    {
        ResourceSettings r;
        r.name = QStringLiteral("soc");
        return r;
    }

private slots:
    void cleanup()
    {
        qunsetenv("SOAR_IMAP_PASSWORD");
        qunsetenv("SOAR_IMAP_SECRET");
    }

    void keychainIsTheDefault()
    {
        soar::test::MemorySecretStore store;
        store.entries.insert(SecretKeys::imapPassword(QStringLiteral("soc")), QStringLiteral("from-keychain"));
        SecretResolver resolver(&store);
        const auto r = resolve(resolver, resource(), SecretResolver::Secret::ImapPassword);
        QVERIFY(r.ok());
        QCOMPARE(r.value(), QStringLiteral("from-keychain"));
    }

    void environmentBeatsKeychain()
    {
        soar::test::MemorySecretStore store;
        store.entries.insert(SecretKeys::soarSecret(QStringLiteral("soc")), QStringLiteral("from-keychain"));
        qputenv("SOAR_IMAP_SECRET", "token-from-env");
        SecretResolver resolver(&store);
        const auto r = resolve(resolver, resource(), SecretResolver::Secret::SoarSecret);
        QVERIFY(r.ok());
        QCOMPARE(r.value(), QStringLiteral("token-from-env"));
        QCOMPARE(store.reads, 0);
        QCOMPARE(soar::common::Redactor::scrub(QStringLiteral("x token-from-env")), QStringLiteral("x <redacted>"));
    }

    void commandBeatsEverything()
    {
        soar::test::MemorySecretStore store;
        qputenv("SOAR_IMAP_PASSWORD", "from-env");
        ResourceSettings r = resource();
        r.imap.passwordCommand = QStringLiteral("printf 'from-command\\nsecond line\\n'");
        SecretResolver resolver(&store);
        const auto result = resolve(resolver, r, SecretResolver::Secret::ImapPassword);
        QVERIFY2(result.ok(), qPrintable(result.error().toString()));
        QCOMPARE(result.value(), QStringLiteral("from-command"));
    }

    void failingCommandSaysWhich()
    {
        soar::test::MemorySecretStore store;
        ResourceSettings r = resource();
        r.imap.passwordCommand = QStringLiteral("echo 'vault is sealed' >&2; exit 3");
        SecretResolver resolver(&store);
        const auto result = resolve(resolver, r, SecretResolver::Secret::ImapPassword);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message, QStringLiteral("imap.passwordCommand failed (exit code 3)"));
        QCOMPARE(result.error().detail, QStringLiteral("vault is sealed"));
    }

    void emptyCommandOutputIsAnError()
    {
        soar::test::MemorySecretStore store;
        ResourceSettings r = resource();
        r.soar.secretCommand = QStringLiteral("true");
        SecretResolver resolver(&store);
        const auto result = resolve(resolver, r, SecretResolver::Secret::SoarSecret);
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.startsWith(QLatin1String("soar.secretCommand printed nothing")));
    }

    void missingEverywhereIsNotFound()
    {
        soar::test::MemorySecretStore store;
        SecretResolver resolver(&store);
        const auto result = resolve(resolver, resource(), SecretResolver::Secret::ImapPassword);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSecretResolver)
#include "tst_secretresolver.moc"
