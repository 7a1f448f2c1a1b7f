#include "InvariantChecker.h"

#include "ImapTestClient.h"
#include "SoarTestServer.h"
#include "store/MailStore.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

namespace soar::test {

namespace {
QString sha256Hex(const QByteArray &raw)
{
    return QString::fromLatin1(QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex());
}

QString keyOf(const QString &messageId, const QString &sha256)
{
    return messageId + QLatin1Char(' ') + sha256;
}

QByteArray quoted(const QString &text)
{
    QByteArray out = text.toUtf8();
    out.replace('\\', "\\\\");
    out.replace('"', "\\\"");
    return '"' + out + '"';
}
} // namespace

InvariantChecker::InvariantChecker(QString user, QString password, QString folder, QString storePath, QString resource)
    : m_user(std::move(user)), m_password(std::move(password)), m_folder(std::move(folder)), m_storePath(std::move(storePath)),
      m_resource(std::move(resource))
{ }

QString InvariantChecker::messageIdOf(const QByteArray &raw)
{
    static const QRegularExpression header(QStringLiteral("^Message-ID:\\s*<([^>\\r\\n]*)>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
    const auto match = header.match(QString::fromLatin1(headerEnd < 0 ? raw : raw.left(headerEnd)));
    return match.hasMatch() ? match.captured(1) : QString();
}

QList<ServerMail> InvariantChecker::readFolder(
    const QString &user, const QString &password, const QString &folder, QString *error)
{
    QList<ServerMail> mails;
    ImapTestClient client(user, password);
    if (!client.isLoggedIn() || client.command("EXAMINE " + quoted(folder)).isEmpty()) {
        *error = QStringLiteral("cannot open %1 for %2: %3").arg(folder, user, client.lastError());
        return mails;
    }
    const QByteArray search = client.command("UID SEARCH ALL");
    QList<quint32> uids;
    for (const QByteArray &line : search.split('\n')) {
        if (!line.startsWith("* SEARCH"))
            continue;
        const QList<QByteArray> parts = line.trimmed().split(' ');
        for (int i = 2; i < parts.size(); ++i)
            uids.append(parts.at(i).toUInt());
    }
    static const QRegularExpression literal(QStringLiteral("\\{(\\d+)\\}\\r\\n"));
    for (quint32 uid : std::as_const(uids)) {
        const QByteArray answer = client.command("UID FETCH " + QByteArray::number(uid) + " (FLAGS BODY.PEEK[])");
        const auto match = literal.match(QString::fromLatin1(answer));
        if (!match.hasMatch()) {
            *error = QStringLiteral("no message body for UID %1 in %2: %3").arg(uid).arg(folder, client.lastError());
            return {};
        }
        ServerMail mail;
        mail.uid = uid;
        mail.raw = answer.mid(match.capturedEnd(), match.captured(1).toLongLong());
        mail.sha256 = sha256Hex(mail.raw);
        mail.messageId = messageIdOf(mail.raw);
        mail.seen = answer.left(match.capturedStart()).contains("\\Seen");
        mails.append(mail);
    }
    return mails;
}

QStringList InvariantChecker::check()
{
    QStringList violations;
    QString error;
    m_server = readFolder(m_user, m_password, m_folder, &error);
    if (!error.isEmpty())
        return {error};

    store::MailStore store;
    if (const auto opened = store.open(m_storePath); !opened.ok())
        return {QStringLiteral("the store %1 does not open: %2").arg(m_storePath, opened.error().toString())};
    if (const auto integrity = store.checkIntegrity(); !integrity.ok())
        violations << QStringLiteral("the store fails its integrity check: %1").arg(integrity.error().toString());

    store::MailQuery query;
    query.resource = m_resource;
    query.limit = 1000000;
    const auto listed = store.list(query);
    if (!listed.ok())
        return violations << QStringLiteral("cannot list the store: %1").arg(listed.error().toString());

    // Stored mails by content key; each key must appear once.
    QHash<QString, QStringList> storedByKey;
    for (const store::MailSummary &summary : listed.value()) {
        const auto mail = store.mail(summary.mailId);
        const auto raw = store.rawMessage(summary.mailId);
        if (!mail.ok() || !raw.ok()) {
            violations << QStringLiteral("stored mail %1 cannot be read back").arg(summary.mailId);
            continue;
        }
        if (sha256Hex(raw.value()) != mail.value().rawSha256)
            violations << QStringLiteral("stored mail %1 (%2): its raw bytes do not match their recorded SHA-256")
                              .arg(summary.mailId, mail.value().messageId);
        storedByKey[keyOf(mail.value().messageId, mail.value().rawSha256)].append(summary.mailId);
    }
    m_stored = int(listed.value().size());

    QSet<QString> expected;
    m_checked = 0;
    for (const ServerMail &mail : std::as_const(m_server)) {
        const QString key = keyOf(mail.messageId, mail.sha256);
        const bool matches = !m_matches || m_matches(mail);
        const int copies = int(storedByKey.value(key).size());
        ++m_checked;
        if (matches) {
            expected.insert(key);
            if (copies == 0 && m_runCompleted)
                violations << QStringLiteral("UID %1 <%2> matches the rules but is not stored").arg(mail.uid).arg(mail.messageId);
            else if (copies > 1)
                violations << QStringLiteral("UID %1 <%2> is stored %3 times").arg(mail.uid).arg(mail.messageId).arg(copies);
            if (copies > 0 && m_runCompleted && !mail.seen)
                violations << QStringLiteral("UID %1 <%2> is stored but not \\Seen after a completed run")
                                  .arg(mail.uid)
                                  .arg(mail.messageId);
        } else if (copies > 0) {
            violations << QStringLiteral("UID %1 <%2> does not match the rules but is stored").arg(mail.uid).arg(mail.messageId);
        }
        if (mail.seen && copies == 0)
            violations << QStringLiteral("UID %1 <%2> is \\Seen but not stored").arg(mail.uid).arg(mail.messageId);
    }
    for (auto it = storedByKey.cbegin(); it != storedByKey.cend(); ++it) {
        const QString messageId = it.key().section(QLatin1Char(' '), 0, 0);
        if (!expected.contains(it.key()) && !m_storedElsewhere.contains(messageId))
            violations << QStringLiteral("stored mail <%1> (%2) is not a matching mail of the folder")
                              .arg(messageId, it.value().join(QStringLiteral(", ")));
    }

    if (m_soar) {
        int incidents = 0;
        for (auto it = m_soar->incidentsCreatedPerKey().cbegin(); it != m_soar->incidentsCreatedPerKey().cend(); ++it) {
            incidents += it.value();
            if (it.value() != 1)
                violations << QStringLiteral("SOAR created %1 incidents for Idempotency-Key %2")
                                  .arg(it.value())
                                  .arg(QString::fromLatin1(it.key()));
        }
        if (incidents != m_stored)
            violations << QStringLiteral("SOAR created %1 incident(s) for %2 stored mail(s)").arg(incidents).arg(m_stored);
        for (const QString &violation : m_soar->violations())
            violations << QStringLiteral("SOAR API contract: %1").arg(violation);
    }
    return violations;
}

} // namespace soar::test
