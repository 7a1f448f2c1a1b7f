#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace soar::tools {

// One of the product's regex presets (the "Regex actions" of the Cloud SOAR IMAP integration).
// They were written for Python's `re`; `pattern` is the PCRE2 port that means the same thing
// and `pythonPattern` keeps the original text so a reviewer can compare them.
struct RegexPreset {
    enum class Category { Network, Hash, Text, Card };

    QString id; // stable key for settings and playbooks, e.g. "ip", "card.visa"
    QString name; // what the analyst sees, e.g. "Visa Card"
    Category category = Category::Text;
    QString pythonPattern;
    QString pattern;
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    int reportGroup = 0; // capture group reported as the match (1 for the attachment file name)
    QString portNote; // what had to change from Python, empty when nothing did

    // Every preset, in the order the product lists them.
    static const QList<RegexPreset> &all();
    static std::optional<RegexPreset> find(const QString &id);
};

} // namespace soar::tools
