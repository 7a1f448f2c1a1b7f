#pragma once

#include <QString>

namespace soar::tools {

// Payment card number checks: the Luhn checksum and the brand, named after the product's card
// presets (RegexPreset category Card) matched against the whole number.
class CardNumber {
public:
    // Digits only, 12 to 19 of them, with a valid Luhn check digit.
    static bool passesLuhn(const QString &digits);
    // The preset name of the first brand whose pattern covers the whole number ("Visa Card"),
    // or empty when none does.
    static QString brand(const QString &digits);
    // "4111 1111-1111 1111" -> "4111111111111111"; separators other than space and dash: empty.
    static QString digitsOf(const QString &grouped);
};

} // namespace soar::tools
