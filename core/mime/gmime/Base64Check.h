#pragma once

#include <QString>

namespace soar::mime::gmime {

// Checks base64 text as it streams by (in chunks, so an attachment is never copied just to be
// checked) and says what is wrong with it: characters outside the alphabet, data after the
// '=' padding, an incomplete final group or wrong padding. GMime decodes such text leniently;
// the analyst still wants to know, because malformed encodings are a classic filter evasion.
class Base64Check {
public:
    void feed(const char *data, qsizetype size);
    // Empty when nothing is wrong with everything fed so far.
    QString problem() const;

private:
    void feedExactly(const char *data, qsizetype size);

    qsizetype m_invalid = 0;
    qsizetype m_significant = 0;
    qsizetype m_padding = 0;
    bool m_dataAfterPadding = false;
};

} // namespace soar::mime::gmime
