#pragma once

#include <QString>

namespace soar::mime::gmime {

// Checks quoted-printable text as it streams by and says what is wrong with it: '=' followed by
// neither two hex digits nor a line break (a soft break may have blanks before it), or an
// escape cut off by the end of the part. GMime decodes such text leniently; like bad base64, a
// broken encoding is worth telling the analyst about (filters and scanners may read it otherwise).
// Lowercase hex and over-long lines are accepted without a word: real mailers send them.
class QuotedPrintableCheck {
public:
    void feed(const char *data, qsizetype size);
    // Empty when nothing is wrong with everything fed so far.
    QString problem() const;

private:
    enum class State { Text, AfterEquals, AfterFirstHex, AfterEqualsBlank, AfterEqualsCr };
    void step(char c);
    void brokenEscape(char c);

    State m_state = State::Text;
    qsizetype m_badEscapes = 0;
};

} // namespace soar::mime::gmime
