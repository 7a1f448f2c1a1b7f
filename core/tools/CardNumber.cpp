#include "tools/CardNumber.h"

#include "tools/RegexPreset.h"

#include <QRegularExpression>

namespace soar::tools {

bool CardNumber::passesLuhn(const QString &digits)
{
    if (digits.size() < 12 || digits.size() > 19)
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits.at(i);
        if (c < u'0' || c > u'9')
            return false;
        int d = c.unicode() - u'0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

QString CardNumber::brand(const QString &digits)
{
    // Most specific first: the broad presets (Visa Mastercard, Korean, Union Pay) come last.
    static const char *const order[] = {"card.amex", "card.visa", "card.mastercard", "card.discover", "card.jcb",
        "card.diners-club", "card.carte-blanche", "card.bcglobal", "card.insta-payment", "card.laser", "card.solo", "card.switch",
        "card.maestro", "card.union-pay", "card.korean-local"};
    struct Brand {
        QString name;
        QRegularExpression whole;
    };
    static const QList<Brand> brands = [] {
        QList<Brand> list;
        for (const char *id : order) {
            const auto preset = RegexPreset::find(QLatin1String(id));
            if (preset)
                list.append(
                    {preset->name, QRegularExpression(QStringLiteral("\\A(?:") + preset->pattern + QStringLiteral(")\\z"))});
        }
        return list;
    }();
    for (const Brand &b : brands) {
        if (b.whole.match(digits).hasMatch())
            return b.name;
    }
    return {};
}

QString CardNumber::digitsOf(const QString &grouped)
{
    QString digits;
    digits.reserve(grouped.size());
    for (const QChar c : grouped) {
        if (c >= u'0' && c <= u'9')
            digits += c;
        else if (c != u' ' && c != u'-')
            return {};
    }
    return digits;
}

} // namespace soar::tools
