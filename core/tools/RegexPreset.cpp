#include "tools/RegexPreset.h"

namespace soar::tools {

namespace {

using Category = RegexPreset::Category;

// Python 3 `re` on str patterns is Unicode-aware: \w, \d and \b follow Unicode, and (?i) folds
// case with Unicode rules. PCRE2 needs UCP for that, so every preset keeps it.
constexpr auto Unicode = QRegularExpression::UseUnicodePropertiesOption;

RegexPreset preset(
    QString id, QString name, Category category, QString python, QString pcre, QString note = {}, int reportGroup = 0)
{
    RegexPreset p;
    p.id = std::move(id);
    p.name = std::move(name);
    p.category = category;
    p.pythonPattern = std::move(python);
    p.pattern = std::move(pcre);
    p.options = Unicode;
    p.reportGroup = reportGroup;
    p.portNote = std::move(note);
    return p;
}

// Same text in both dialects.
RegexPreset same(QString id, QString name, Category category, const QString &pattern, QString note = {})
{
    return preset(std::move(id), std::move(name), category, pattern, pattern, std::move(note));
}

const QString WholeMatchNote
    = QStringLiteral("Same text. Python's re.findall would return only the first group here; the whole match is reported.");

QList<RegexPreset> buildCatalogue()
{
    QList<RegexPreset> list;
    list << same(QStringLiteral("ip"), QStringLiteral("IP"), Category::Network, QStringLiteral(R"(([0-9]+(?:\.[0-9]+){3}))"));
    list << same(QStringLiteral("email"), QStringLiteral("Email"), Category::Network, QStringLiteral(R"([\w\.-]+@[\w\.-]+)"),
        QStringLiteral("Same text; UCP makes \\w match Unicode letters and digits as in Python 3."));
    list << same(QStringLiteral("url"), QStringLiteral("URL"), Category::Network,
        QStringLiteral(R"((?i)(?:(?:https?|ftp):\/\/|www\.|ftp\.)(?:\([-A-Z0-9+&@#\/%=~\_|$?!:,.]*\)|)"
                       R"([-A-Z0-9+&@#\/%=~\_|$?!:,.])*(?:\([-A-Z0-9+&@#\/%=~\_|$?!:,.]*\)|[A-Z0-9+&@#\/%=~\_|$]))"),
        QStringLiteral("Same text; (?i) with UCP folds case by Unicode rules as Python does."));
    list << preset(QStringLiteral("domain"), QStringLiteral("Domain"), Category::Network,
        QStringLiteral(R"((?:[a-zA-Z0-9](?:[a-zA-Z0-9\-]{,61}[a-zA-Z0-9])?\.)*[a-zA-Z]{2,6})"
                       R"((?:[a-zA-Z0-9](?:[a-zA-Z0-9\-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,6})"),
        QStringLiteral(R"((?:[a-zA-Z0-9](?:[a-zA-Z0-9\-]{0,61}[a-zA-Z0-9])?\.)*[a-zA-Z]{2,6})"
                       R"((?:[a-zA-Z0-9](?:[a-zA-Z0-9\-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,6})"),
        QStringLiteral("{,61} is a quantifier (0 to 61) in Python but literal text in PCRE2: written {0,61}."));
    list << same(QStringLiteral("md5"), QStringLiteral("MD5"), Category::Hash, QStringLiteral(R"(\b[0-9a-fA-F]{32}\b)"),
        QStringLiteral("Same text; UCP makes \\b use Unicode word characters as in Python 3."));
    list << same(QStringLiteral("sha1"), QStringLiteral("SHA1"), Category::Hash, QStringLiteral(R"(\b[0-9a-fA-F]{40}\b)"));
    list << same(QStringLiteral("sha256"), QStringLiteral("SHA256"), Category::Hash, QStringLiteral(R"(\b[0-9a-fA-F]{64}\b)"));
    list << same(QStringLiteral("datetime"), QStringLiteral("DateTime (2021-01-28 11:21:04)"), Category::Text,
        QStringLiteral(R"(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})"),
        QStringLiteral("Same text; UCP makes \\d match every Unicode decimal digit as in Python 3."));
    list << preset(QStringLiteral("attachment-filename"), QStringLiteral("Email Attachments Filename (header regex)"),
        Category::Text, QStringLiteral(R"(filename: (.*?),,)"), QStringLiteral(R"(filename: (.*?),,)"),
        QStringLiteral("Same text; the file name (group 1) is reported."), 1);

    list << same(QStringLiteral("card.mastercard"), QStringLiteral("MasterCard"), Category::Card,
        QStringLiteral(
            R"((?:5[1-5][0-9]{14}|2(?:22[1-9][0-9]{12}|2[3-9][0-9]{13}|[3-6][0-9]{14}|7[0-1][0-9]{13}|720[0-9]{12})))"));
    list << same(QStringLiteral("card.visa-mastercard"), QStringLiteral("Visa Mastercard"), Category::Card,
        QStringLiteral(R"((?:4[0-9]{12}(?:[0-9]{3})?|5[1-5][0-9]{14}))"));
    list << same(QStringLiteral("card.amex"), QStringLiteral("Amex Card"), Category::Card, QStringLiteral(R"(3[47][0-9]{13})"));
    list << same(QStringLiteral("card.bcglobal"), QStringLiteral("BCGlobal"), Category::Card,
        QStringLiteral(R"((6541|6556)[0-9]{12})"), WholeMatchNote);
    list << same(QStringLiteral("card.carte-blanche"), QStringLiteral("Carte Blanche Card"), Category::Card,
        QStringLiteral(R"(389[0-9]{11})"));
    list << same(QStringLiteral("card.diners-club"), QStringLiteral("Diners Club Card"), Category::Card,
        QStringLiteral(R"(3(?:0[0-5]|[68][0-9])[0-9]{11})"));
    list << same(QStringLiteral("card.discover"), QStringLiteral("Discover Card"), Category::Card,
        QStringLiteral(R"(65[4-9][0-9]{13}|64[4-9][0-9]{13}|6011[0-9]{12}|)"
                       R"((622(?:12[6-9]|1[3-9][0-9]|[2-8][0-9][0-9]|9[01][0-9]|92[0-5])[0-9]{10}))"),
        WholeMatchNote);
    list << same(QStringLiteral("card.insta-payment"), QStringLiteral("Insta Payment Card"), Category::Card,
        QStringLiteral(R"(63[7-9][0-9]{13})"));
    list << same(QStringLiteral("card.jcb"), QStringLiteral("JCB Card"), Category::Card,
        QStringLiteral(R"((?:2131|1800|35\d{3})\d{11})"),
        QStringLiteral("Same text; UCP makes \\d match every Unicode decimal digit as in Python 3."));
    list << same(
        QStringLiteral("card.korean-local"), QStringLiteral("KoreanLocalCard"), Category::Card, QStringLiteral(R"(9[0-9]{15})"));
    list << same(QStringLiteral("card.laser"), QStringLiteral("Laser Card"), Category::Card,
        QStringLiteral(R"((6304|6706|6709|6771)[0-9]{12,15})"), WholeMatchNote);
    list << same(QStringLiteral("card.maestro"), QStringLiteral("Maestro Card"), Category::Card,
        QStringLiteral(R"((5018|5020|5038|6304|6759|6761|6763)[0-9]{8,15})"), WholeMatchNote);
    list << same(QStringLiteral("card.solo"), QStringLiteral("Solo Card"), Category::Card,
        QStringLiteral(R"((6334|6767)[0-9]{12}|(6334|6767)[0-9]{14}|(6334|6767)[0-9]{15})"), WholeMatchNote);
    list << same(QStringLiteral("card.switch"), QStringLiteral("Switch Card"), Category::Card,
        QStringLiteral(R"((4903|4905|4911|4936|6333|6759)[0-9]{12}|(4903|4905|4911|4936|6333|6759)[0-9]{14}|)"
                       R"((4903|4905|4911|4936|6333|6759)[0-9]{15}|564182[0-9]{10}|564182[0-9]{12}|)"
                       R"(564182[0-9]{13}|633110[0-9]{10}|633110[0-9]{12}|633110[0-9]{13})"),
        WholeMatchNote);
    list << same(QStringLiteral("card.union-pay"), QStringLiteral("Union Pay Card"), Category::Card,
        QStringLiteral(R"((62[0-9]{14,17}))"));
    list << same(
        QStringLiteral("card.visa"), QStringLiteral("Visa Card"), Category::Card, QStringLiteral(R"(4[0-9]{12}(?:[0-9]{3})?)"));
    return list;
}

} // namespace

const QList<RegexPreset> &RegexPreset::all()
{
    static const QList<RegexPreset> catalogue = buildCatalogue();
    return catalogue;
}

std::optional<RegexPreset> RegexPreset::find(const QString &id)
{
    for (const RegexPreset &p : all()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

} // namespace soar::tools
