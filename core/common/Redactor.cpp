#include "common/Redactor.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>
#include <vector>

namespace soar::common {

namespace {

QMutex &secretsMutex()
{
    static QMutex mutex;
    return mutex;
}

// Longest first, so a secret that contains another is replaced whole.
std::vector<QString> &secrets()
{
    static std::vector<QString> list;
    return list;
}

// Secrets shorter than this would scrub ordinary words out of log lines.
constexpr int kMinSecretLength = 4;

} // namespace

QByteArray Redactor::imapCommand(const QByteArray &line)
{
    // tag SP command [SP args...]; LOGIN's last argument and any SASL initial response are secret.
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() < 3)
        return line;
    const QByteArray command = parts.at(1).toUpper();
    const QByteArray marker = kMarker.toLatin1();
    if (command == "LOGIN" && parts.size() >= 4)
        return parts.at(0) + ' ' + parts.at(1) + ' ' + parts.at(2) + ' ' + marker;
    if (command == "AUTHENTICATE" && parts.size() >= 4)
        return parts.at(0) + ' ' + parts.at(1) + ' ' + parts.at(2) + ' ' + marker;
    return line;
}

QByteArray Redactor::saslResponse()
{
    return kMarker.toLatin1();
}

bool Redactor::isSensitiveHeader(const QByteArray &name)
{
    const QByteArray n = name.toLower();
    return n == "authorization" || n == "proxy-authorization" || n == "cookie" || n == "set-cookie" || n == "x-api-key"
        || n == "x-access-key";
}

QByteArray Redactor::httpHeader(const QByteArray &name, const QByteArray &value)
{
    if (!isSensitiveHeader(name))
        return name + ": " + value;
    // Keep the scheme ("Bearer", "Basic") so the log still says which mode was used.
    const int space = value.indexOf(' ');
    const QByteArray scheme = space > 0 ? value.left(space + 1) : QByteArray();
    return name + ": " + scheme + kMarker.toLatin1();
}

QString Redactor::url(const QUrl &url)
{
    QUrl copy = url;
    copy.setUserInfo(QString());
    QUrlQuery query(copy);
    const auto items = query.queryItems(QUrl::FullyEncoded);
    for (const auto &item : items) {
        const QString key = item.first.toLower();
        if (key.contains(QLatin1String("token")) || key.contains(QLatin1String("key")) || key.contains(QLatin1String("secret"))
            || key.contains(QLatin1String("password")) || key == QLatin1String("code")) {
            query.removeAllQueryItems(item.first);
            query.addQueryItem(item.first, kMarker);
        }
    }
    copy.setQuery(query);
    return copy.toString(QUrl::RemovePassword);
}

void Redactor::registerSecret(const QString &secret)
{
    if (secret.size() < kMinSecretLength)
        return;
    QMutexLocker lock(&secretsMutex());
    auto &list = secrets();
    if (std::find(list.begin(), list.end(), secret) != list.end())
        return;
    list.push_back(secret);
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString Redactor::scrub(const QString &text)
{
    QMutexLocker lock(&secretsMutex());
    QString out = text;
    for (const QString &secret : secrets())
        out.replace(secret, kMarker);
    return out;
}

std::string Redactor::scrub(std::string_view utf8)
{
    {
        QMutexLocker lock(&secretsMutex());
        if (secrets().empty())
            return std::string(utf8);
    }
    const QString text = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    return scrub(text).toStdString();
}

} // namespace soar::common
