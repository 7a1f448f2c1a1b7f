#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace soar::rules {

// Splits one filter field of the settings form into its values.
//  - Values are separated by commas; blanks around a value are trimmed; empty items are ignored.
//  - A value that contains a comma is written in double quotes: "Re: a, b". Inside quotes a
//    double quote is written twice, as in CSV: "say ""hi""" is the value  say "hi" .
//    Quoted values keep their inner blanks. A quote that does not open a value is taken
//    literally: O"Brien and Your "invoice" is ready are single values.
//  - No value may contain CR, LF, NUL or another control character (they cannot be searched
//    and must never reach the IMAP command line).
// Errors are Kind::Config and start with the field label ("Not Subject: ...").
class ValueListParser {
public:
    static common::Result<QStringList> parse(const QString &text, const QString &label);

private:
    static common::Error checkCharacters(const QString &value, int number, const QString &label);
};

} // namespace soar::rules
