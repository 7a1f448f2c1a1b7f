#include "tools/PythonRegexTranslator.h"

#include <QTest>

using soar::tools::PythonRegexTranslator;

class TestPythonRegexTranslator : public QObject {
    Q_OBJECT

private slots:
    void translates_data()
    {
        QTest::addColumn<QString>("python");
        QTest::addColumn<QString>("pcre");
        QTest::newRow("upper-only quantifier") << QStringLiteral("a{,61}b") << QStringLiteral("a{0,61}b");
        QTest::newRow("full quantifier untouched") << QStringLiteral("a{2,6}") << QStringLiteral("a{2,6}");
        QTest::newRow("inside a class untouched") << QStringLiteral("[{,6}]") << QStringLiteral("[{,6}]");
        QTest::newRow("escaped brace untouched") << QStringLiteral("\\{,6}") << QStringLiteral("\\{,6}");
        QTest::newRow("not a quantifier") << QStringLiteral("{,}") << QStringLiteral("{,}");
        QTest::newRow("end of string") << QStringLiteral("x\\Z") << QStringLiteral("x\\z");
        QTest::newRow("escaped backslash then Z") << QStringLiteral("x\\\\Z") << QStringLiteral("x\\\\Z");
        QTest::newRow("] first in class") << QStringLiteral("[]{,2}]{,2}") << QStringLiteral("[]{,2}]{0,2}");
        QTest::newRow("negated class with ]") << QStringLiteral("[^]a]{,3}") << QStringLiteral("[^]a]{0,3}");
    }

    void translates()
    {
        QFETCH(QString, python);
        QFETCH(QString, pcre);
        QCOMPARE(PythonRegexTranslator::toPcre(python), pcre);
    }
};

QTEST_GUILESS_MAIN(TestPythonRegexTranslator)
#include "tst_PythonRegexTranslator.moc"
