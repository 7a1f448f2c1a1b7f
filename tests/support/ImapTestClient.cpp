#include "ImapTestClient.h"

#include "RigEnvironment.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSslConfiguration>

namespace soar::test {

namespace {
constexpr int kTimeoutMs = 15000;
}

ImapTestClient::ImapTestClient(const QString &user, const QString &password)
    : ImapTestClient(RigEnvironment::dovecot(), user, password)
{ }

ImapTestClient::ImapTestClient(const RigServer &server, const QString &user, const QString &password)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(RigEnvironment::caCertificates());
    m_socket.setSslConfiguration(config);
    m_socket.connectToHostEncrypted(RigEnvironment::host(), server.imapsPort, QStringLiteral("localhost"));
    if (!m_socket.waitForEncrypted(kTimeoutMs)) {
        m_error = QStringLiteral("TLS connect failed: ") + m_socket.errorString();
        return;
    }
    while (!m_socket.canReadLine()) {
        if (!m_socket.waitForReadyRead(kTimeoutMs)) {
            m_error = QStringLiteral("no greeting");
            return;
        }
    }
    m_socket.readLine();
    m_loggedIn = !command("LOGIN " + quoted(server.login(user)) + ' ' + quoted(password)).isEmpty();
}

QByteArray ImapTestClient::nextTag()
{
    return "t" + QByteArray::number(++m_tag);
}

QByteArray ImapTestClient::quoted(const QString &text)
{
    QByteArray out = text.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + out + '"';
}

QByteArray ImapTestClient::readUntilTagged(const QByteArray &tag)
{
    QByteArray all;
    for (;;) {
        while (!m_socket.canReadLine()) {
            if (!m_socket.waitForReadyRead(kTimeoutMs)) {
                m_error = QStringLiteral("timeout waiting for ") + QString::fromLatin1(tag);
                return {};
            }
        }
        const QByteArray line = m_socket.readLine();
        all += line;
        // Literals inside answers ({n}) are read raw so their content cannot look like a tag.
        static const QRegularExpression literal(QStringLiteral("\\{(\\d+)\\}\\r\\n$"));
        const auto match = literal.match(QString::fromLatin1(line));
        if (match.hasMatch()) {
            qint64 remaining = match.captured(1).toLongLong();
            while (remaining > 0) {
                if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(kTimeoutMs)) {
                    m_error = QStringLiteral("timeout in literal");
                    return {};
                }
                const QByteArray chunk = m_socket.read(remaining);
                remaining -= chunk.size();
                all += chunk;
            }
            continue;
        }
        if (line.startsWith(tag + ' ')) {
            if (line.mid(tag.size() + 1).startsWith("OK"))
                return all;
            m_error = QString::fromUtf8(line.trimmed());
            return {};
        }
    }
}

QByteArray ImapTestClient::command(const QByteArray &command)
{
    const QByteArray tag = nextTag();
    m_socket.write(tag + ' ' + command + "\r\n");
    return readUntilTagged(tag);
}

bool ImapTestClient::append(
    const QString &folder, const QByteArray &rawMessage, const QByteArrayList &flags, const QDateTime &internalDate)
{
    QByteArray cmd = "APPEND " + quoted(folder);
    if (!flags.isEmpty())
        cmd += " (" + flags.join(' ') + ')';
    if (internalDate.isValid()) {
        const QString date = QLocale::c().toString(internalDate.toUTC(), QStringLiteral("dd-MMM-yyyy HH:mm:ss +0000"));
        cmd += " \"" + date.toLatin1() + '"';
    }
    // LITERAL+ (Dovecot offers it): no round trip for the continuation.
    cmd += " {" + QByteArray::number(rawMessage.size()) + "+}\r\n" + rawMessage;
    return !command(cmd).isEmpty();
}

bool ImapTestClient::createFolder(const QString &folder)
{
    return !command("CREATE " + quoted(folder)).isEmpty();
}

bool ImapTestClient::deleteFolder(const QString &folder)
{
    return !command("DELETE " + quoted(folder)).isEmpty();
}

bool ImapTestClient::resetFolder(const QString &folder)
{
    if (command("SELECT " + quoted(folder)).isEmpty()) {
        if (!createFolder(folder) || command("SELECT " + quoted(folder)).isEmpty())
            return false;
    }
    const QByteArray exists = command("UID SEARCH ALL");
    if (exists.isEmpty())
        return false;
    if (exists.contains("* SEARCH ")) {
        if (command("UID STORE 1:* +FLAGS.SILENT (\\Deleted)").isEmpty() || command("EXPUNGE").isEmpty())
            return false;
    }
    return !command("UNSELECT").isEmpty();
}

QList<quint32> ImapTestClient::search(const QString &folder, const QByteArray &criteria)
{
    QList<quint32> uids;
    if (command("EXAMINE " + quoted(folder)).isEmpty())
        return uids;
    const QByteArray answer = command("UID SEARCH " + criteria);
    for (const QByteArray &line : answer.split('\n')) {
        if (!line.startsWith("* SEARCH"))
            continue;
        const QList<QByteArray> parts = line.trimmed().split(' ');
        for (int i = 2; i < parts.size(); ++i)
            uids.append(parts.at(i).toUInt());
    }
    command("UNSELECT");
    return uids;
}

QByteArray ImapTestClient::flagsOf(const QString &folder, quint32 uid)
{
    if (command("EXAMINE " + quoted(folder)).isEmpty())
        return {};
    const QByteArray answer = command("UID FETCH " + QByteArray::number(uid) + " (FLAGS)");
    command("UNSELECT");
    const int start = answer.indexOf("FLAGS (");
    if (start < 0)
        return {};
    const int end = answer.indexOf(')', start);
    return answer.mid(start + 7, end - start - 7);
}

quint32 ImapTestClient::uidValidity(const QString &folder)
{
    const QByteArray answer = command("STATUS " + quoted(folder) + " (UIDVALIDITY)");
    const int start = answer.indexOf("UIDVALIDITY ");
    if (start < 0)
        return 0;
    return answer.mid(start + 12).split(')').first().toUInt();
}

} // namespace soar::test
