#include "store/FullTextQuery.h"

#include <QStringList>

#include <algorithm>

namespace soar::store {

namespace {
// The unicode61 tokenizer drops everything that is not a letter or digit; a word made only of
// such characters would become an empty phrase, so it is left out.
bool hasSearchableCharacter(const QString &word)
{
    return std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

QString quoted(QString word)
{
    word.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + word + QLatin1Char('"');
}
} // namespace

QString FullTextQuery::matchExpression(const QString &userText, Matching matching)
{
    QStringList terms;
    QStringList words;
    QString current;
    for (QChar c : userText) {
        // Control characters separate words too: FTS5 stops reading a string at U+0000.
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            words << current;
            current.clear();
        } else {
            current += c;
        }
    }
    words << current;
    for (const QString &word : words) {
        if (!hasSearchableCharacter(word))
            continue;
        QString term = quoted(word);
        if (matching == Matching::Prefix)
            term += QLatin1Char('*');
        terms << term;
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace soar::store
