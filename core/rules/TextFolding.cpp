#include "rules/TextFolding.h"

namespace soar::rules {

QString TextFolding::fold(const QString &text)
{
    QString folded = text.normalized(QString::NormalizationForm_C).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        switch (c.unicode()) {
        case 0x00DF: // ß
        case 0x1E9E: // ẞ
            out += QStringLiteral("ss");
            break;
        case 0x0130: // İ
        case 0x0131: // ı
            out += QLatin1Char('i');
            break;
        case 0x0307: // combining dot above left by a decomposed İ: drop it after an i
            if (!out.endsWith(QLatin1Char('i')))
                out += c;
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace soar::rules
