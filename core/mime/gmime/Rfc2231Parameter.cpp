#include "mime/gmime/Rfc2231Parameter.h"

#include "common/CharsetConverter.h"

#include <QList>
#include <QMap>
#include <QStringDecoder>

namespace soar::mime::gmime {

using common::CharsetConverter;

namespace {

struct Segment {
    QByteArray value;
    bool encoded = false;
};

// "name=value" pairs after the first ";", unfolded, with quoted values unquoted.
QList<std::pair<QByteArray, QByteArray>> parameters(const QByteArray &raw)
{
    QList<std::pair<QByteArray, QByteArray>> out;
    QByteArray name;
    QByteArray value;
    bool inValue = false;
    bool quoted = false;
    bool started = false; // past the first ";" (the disposition or type itself comes first)
    const auto finish = [&] {
        if (started && !name.trimmed().isEmpty())
            out.append({name.trimmed().toLower(), quoted ? value : value.trimmed()});
        name.clear();
        value.clear();
        inValue = quoted = false;
        started = true;
    };
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c == '\r' || c == '\n')
            continue;
        if (quoted) {
            if (c == '\\' && i + 1 < raw.size())
                value += raw.at(++i);
            else if (c == '"')
                quoted = false;
            else
                value += c;
        } else if (c == ';') {
            finish();
        } else if (!inValue && c == '=') {
            inValue = true;
        } else if (inValue && c == '"' && value.trimmed().isEmpty()) {
            value.clear();
            quoted = true;
        } else {
            (inValue ? value : name) += c;
        }
    }
    finish();
    return out;
}

QByteArray percentDecoded(const QByteArray &text)
{
    return QByteArray::fromPercentEncoding(text);
}

bool isLatinFamily(const QByteArray &c)
{
    return c.isEmpty() || c == "us-ascii" || c == "ascii" || c.startsWith("iso-8859-1") || c == "latin1" || c == "windows-1252"
        || c == "cp1252";
}

} // namespace

std::optional<QString> Rfc2231Parameter::decode(const QByteArray &rawHeaderValue, const QByteArray &parameter)
{
    const QByteArray plain = parameter.toLower() + '*';
    QMap<int, Segment> segments;
    QByteArray charset;
    for (const auto &[name, value] : parameters(rawHeaderValue)) {
        if (!name.startsWith(plain))
            continue;
        const QByteArray rest = name.mid(plain.size()); // "", "0", "0*", "12*"
        Segment segment;
        segment.value = value;
        segment.encoded = rest.isEmpty() || rest.endsWith('*');
        int index = 0;
        if (!rest.isEmpty() && rest != "*") {
            bool ok = false;
            index = (rest.endsWith('*') ? rest.chopped(1) : rest).toInt(&ok);
            if (!ok || index < 0 || index > 999)
                continue;
        }
        if (segment.encoded) {
            // charset'language'text: on the first segment by the RFC, on every one by some webmailers.
            const qsizetype first = segment.value.indexOf('\'');
            const qsizetype second = first < 0 ? -1 : segment.value.indexOf('\'', first + 1);
            if (second >= 0 && !segment.value.left(first).contains('%')) {
                if (charset.isEmpty() || index == 0)
                    charset = segment.value.left(first).trimmed();
                segment.value = segment.value.mid(second + 1);
            }
        }
        if (!segments.contains(index))
            segments.insert(index, segment);
    }
    if (segments.isEmpty())
        return std::nullopt;
    QByteArray bytes;
    for (const Segment &segment : std::as_const(segments))
        bytes += segment.encoded ? percentDecoded(segment.value) : segment.value;
    return toText(bytes, charset);
}

QString Rfc2231Parameter::toText(const QByteArray &bytes, const QByteArray &charset)
{
    // Valid multi-byte UTF-8 under a Latin or missing label is UTF-8 mislabelled; reading it
    // as Latin-1 would give "Ð¡ÑÐµÑ" for "Счет".
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString asUtf8 = utf8(bytes);
    const QByteArray label = charset.toLower();
    if (!utf8.hasError() && (isLatinFamily(label) || label == "utf-8" || label == "utf8"))
        return asUtf8;
    if (!label.isEmpty()) {
        if (auto text = CharsetConverter::toUnicode(bytes, charset))
            return *text;
    }
    if (!utf8.hasError())
        return asUtf8;
    return CharsetConverter::toUnicode(bytes, QByteArrayLiteral("WINDOWS-1252")).value_or(QString::fromLatin1(bytes));
}

} // namespace soar::mime::gmime
