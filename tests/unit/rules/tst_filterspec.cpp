#include "rules/FilterSpec.h"

#include <QTest>

using soar::common::Error;
using soar::rules::FilterField;
using soar::rules::FilterSpec;
using soar::rules::Polarity;

using Settings = QMap<QString, QString>;
Q_DECLARE_METATYPE(Settings)

namespace {

QString withChar(const QString &before, char16_t c, const QString &after)
{
    return before + QChar(c) + after;
}

} // namespace

class TestFilterSpec : public QObject {
    Q_OBJECT
private slots:
    void splitsValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("single domain") << "from"
                                       << "sumologic.com" << QStringList {"sumologic.com"};
        QTest::newRow("two values") << "from"
                                    << "sumologic.com,sales@x.com" << QStringList {"sumologic.com", "sales@x.com"};
        QTest::newRow("blanks trimmed") << "to"
                                        << "  a.com ,\tb.com  " << QStringList {"a.com", "b.com"};
        QTest::newRow("empty items ignored") << "from"
                                             << ",, a.com,, ,b.com," << QStringList {"a.com", "b.com"};
        QTest::newRow("only blanks") << "subject"
                                     << "   " << QStringList {};
        QTest::newRow("empty") << "subject"
                               << "" << QStringList {};
        QTest::newRow("quoted comma") << "subject"
                                      << "\"Re: a, b\", c" << QStringList {"Re: a, b", "c"};
        QTest::newRow("quoted keeps inner blanks") << "subject"
                                                   << "\" x \"" << QStringList {" x "};
        QTest::newRow("doubled quote") << "subject"
                                       << "\"say \"\"hi\"\"\"" << QStringList {"say \"hi\""};
        QTest::newRow("quoted empty ignored") << "subject"
                                              << "\"\", a" << QStringList {"a"};
        QTest::newRow("blanks after closing quote") << "notSubject"
                                                    << "\"a\"  , b" << QStringList {"a", "b"};
        QTest::newRow("duplicates once") << "subject"
                                         << "x, x,y" << QStringList {"x", "y"};
        QTest::newRow("non-ascii") << "textBody"
                                   << "Überweisung, İstanbul" << QStringList {"Überweisung", "İstanbul"};
        QTest::newRow("tab inside a value") << "textBody"
                                            << "a\tb" << QStringList {"a\tb"};
        QTest::newRow("line break at the edge is a blank") << "notFrom"
                                                           << "a.com\n"
                                                           << QStringList {"a.com"};
        QTest::newRow("backslash is literal") << "notTextBody"
                                              << "C:\\temp\\x.exe" << QStringList {"C:\\temp\\x.exe"};
        QTest::newRow("quote only at value start") << "subject"
                                                   << "a, \"b,c\"" << QStringList {"a", "b,c"};
        QTest::newRow("quote inside a value is literal") << "notSubject"
                                                         << "O\"Brien" << QStringList {"O\"Brien"};
        QTest::newRow("quoted words inside a value")
            << "subject"
            << "Your \"invoice\" is ready, Rechnung" << QStringList {"Your \"invoice\" is ready", "Rechnung"};
        QTest::newRow("quote at the end of a value") << "textBody"
                                                     << "12\", 5'" << QStringList {"12\"", "5'"};
        QTest::newRow("quoted value with a comma and inner quotes")
            << "subject"
            << "\"Your \"\"invoice\"\", now\", x" << QStringList {"Your \"invoice\", now", "x"};
        QTest::newRow("subdomain") << "notTo"
                                   << "eu.sumologic.com" << QStringList {"eu.sumologic.com"};
        QTest::newRow("idn domain") << "from"
                                    << "münchen.de" << QStringList {"münchen.de"};
    }

    void splitsValues()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const auto spec = FilterSpec::fromSettings({{key, text}});
        QVERIFY2(spec.ok(), qPrintable(spec.error().message));
        const bool negated = key.startsWith(QLatin1String("not"));
        const QString bare = negated ? key.mid(3) : key;
        const QMap<QString, FilterField> fields {{"from", FilterField::From}, {"From", FilterField::From},
            {"to", FilterField::To}, {"To", FilterField::To}, {"subject", FilterField::Subject},
            {"Subject", FilterField::Subject}, {"textBody", FilterField::TextBody}, {"TextBody", FilterField::TextBody}};
        const auto &set = spec.value().set(negated ? Polarity::Exclude : Polarity::Require);
        QCOMPARE(set.values(fields.value(bare)), expected);
        QCOMPARE(spec.value().set(negated ? Polarity::Require : Polarity::Exclude).isEmpty(), true);
    }

    void headerFilters()
    {
        const auto spec = FilterSpec::fromSettings({{"header", "Outlook, \"Thunderbird, 1\""}, {"headerField", " X-Mailer "},
            {"notHeader", "spam"}, {"notHeaderField", "X-Spam-Flag"}});
        QVERIFY2(spec.ok(), qPrintable(spec.error().message));
        QCOMPARE(spec.value().require.header, (QStringList {"Outlook", "Thunderbird, 1"}));
        QCOMPARE(spec.value().require.headerField, QStringLiteral("X-Mailer"));
        QCOMPARE(spec.value().exclude.header, QStringList {"spam"});
        QCOMPARE(spec.value().exclude.headerField, QStringLiteral("X-Spam-Flag"));
    }

    void headerFieldAloneIsNoFilter()
    {
        const auto spec = FilterSpec::fromSettings({{"headerField", "X-Mailer"}, {"header", " , "}});
        QVERIFY(spec.ok());
        QVERIFY(spec.value().isEmpty());
    }

    void everyKeyIsKnown()
    {
        QCOMPARE(FilterSpec::settingKeys(),
            (QStringList {"from", "to", "subject", "textBody", "header", "headerField", "notFrom", "notTo", "notSubject",
                "notTextBody", "notHeader", "notHeaderField"}));
        Settings all;
        for (const QString &key : FilterSpec::settingKeys())
            all.insert(key, key.contains(QLatin1String("HeaderField"), Qt::CaseInsensitive) ? "X-Test" : "a.com");
        const auto spec = FilterSpec::fromSettings(all);
        QVERIFY2(spec.ok(), qPrintable(spec.error().message));
        QCOMPARE(spec.value().require.textBody, QStringList {"a.com"});
        QCOMPARE(spec.value().exclude.header, QStringList {"a.com"});
    }

    void rejects_data()
    {
        QTest::addColumn<Settings>("settings");
        QTest::addColumn<QString>("message");

        QTest::newRow("line break in a value")
            << Settings {{"from", "a.com, b\r\nc.com"}} << "From: value 2 contains a line break; a value must be on one line";
        QTest::newRow("LF in a quoted value")
            << Settings {{"subject", "\"a\nb\""}} << "Subject: value 1 contains a line break; a value must be on one line";
        QTest::newRow("NUL") << Settings {{"notSubject", withChar("x", 0, "y")}}
                             << "Not Subject: value 1 contains a NUL character; remove it";
        QTest::newRow("control character") << Settings {{"textBody", withChar("x", 7, "y")}}
                                           << "Text Body: value 1 contains the control character U+0007; remove it";
        QTest::newRow("DEL") << Settings {{"notTextBody", withChar("x", 0x7f, "")}}
                             << "Not Text Body: value 1 contains the control character U+007F; remove it";
        QTest::newRow("unbalanced quote") << Settings {{"subject", "a, \"Re: b, c"}}
                                          << "Subject: the quote at position 4 is never closed; close it, or write a quote "
                                             "inside a quoted value as \"\"";
        QTest::newRow("unclosed quote after a literal one")
            << Settings {{"subject", "Your \"invoice\" is ready, \"Re: x"}}
            << "Subject: the quote at position 26 is never closed; close it, or write a quote inside a quoted value as \"\"";
        QTest::newRow("text after closing quote")
            << Settings {{"subject", "\"Re: a\" b"}}
            << "Subject: unexpected text after the closing quote at position 9; put the whole value in quotes and separate "
               "values with commas";
        QTest::newRow("header without field name")
            << Settings {{"header", "Outlook"}} << "Header: a header field name is needed (e.g. X-Mailer)";
        QTest::newRow("not header without field name") << Settings {{"notHeader", "spam"}, {"notHeaderField", "  "}}
                                                       << "Not Header: a header field name is needed (e.g. X-Mailer)";
        QTest::newRow("field name with a blank")
            << Settings {{"header", "x"}, {"headerField", "X Mailer"}}
            << "Header Field Name: 'X Mailer' is not a header field name; use only letters, digits and punctuation without "
               "blanks or ':' (e.g. X-Mailer)";
        QTest::newRow("field name with a colon")
            << Settings {{"notHeader", "x"}, {"notHeaderField", "X-Mailer:"}}
            << "Not Header Field Name: 'X-Mailer:' is not a header field name; use only letters, digits and punctuation "
               "without blanks or ':' (e.g. X-Mailer)";
        QTest::newRow("non-ascii field name")
            << Settings {{"headerField", "Über"}}
            << "Header Field Name: 'Über' is not a header field name; use only letters, digits and punctuation without "
               "blanks or ':' (e.g. X-Mailer)";
        QTest::newRow("display name in From")
            << Settings {{"from", "John Smith"}}
            << "From: 'John Smith' is neither an e-mail address nor a domain (it contains a blank); write e.g. "
               "sales@sumologic.com or sumologic.com";
        QTest::newRow("angle brackets")
            << Settings {{"notFrom", "<a@b.com>"}}
            << "Not From: '<a@b.com>' is neither an e-mail address nor a domain (leave out the angle brackets); write e.g. "
               "sales@sumologic.com or sumologic.com";
        QTest::newRow("wildcard")
            << Settings {{"from", "*.sumologic.com"}}
            << "From: '*.sumologic.com' is neither an e-mail address nor a domain (no wildcard needed: a domain already "
               "covers its subdomains); write e.g. sales@sumologic.com or sumologic.com";
        QTest::newRow("no local part")
            << Settings {{"to", "@sumologic.com"}}
            << "To: '@sumologic.com' is neither an e-mail address nor a domain (nothing before the @; to match a whole "
               "domain leave out the @); write e.g. sales@sumologic.com or sumologic.com";
        QTest::newRow("no domain after @")
            << Settings {{"notTo", "sales@"}}
            << "Not To: 'sales@' is neither an e-mail address nor a domain (the part after the @ is not a domain); write "
               "e.g. sales@sumologic.com or sumologic.com";
        QTest::newRow("empty label")
            << Settings {{"from", "a..com"}}
            << "From: 'a..com' is neither an e-mail address nor a domain (a domain needs labels separated by single dots); "
               "write e.g. sales@sumologic.com or sumologic.com";
        QTest::newRow("unknown key")
            << Settings {{"fromm", "a.com"}}
            << "Filters: unknown filter setting 'fromm'; the known ones are from, to, subject, textBody, header, "
               "headerField, notFrom, notTo, notSubject, notTextBody, notHeader, notHeaderField";
    }

    void rejects()
    {
        QFETCH(Settings, settings);
        QFETCH(QString, message);
        const auto spec = FilterSpec::fromSettings(settings);
        QVERIFY(!spec.ok());
        QCOMPARE(spec.error().kind, Error::Kind::Config);
        QCOMPARE(spec.error().message, message);
    }
};

QTEST_GUILESS_MAIN(TestFilterSpec)
#include "tst_filterspec.moc"
