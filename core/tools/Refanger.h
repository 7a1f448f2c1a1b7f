#pragma once

#include <QString>

#include <vector>

namespace soar::tools {

// Undoes the "defanging" analysts and mail filters apply so indicators cannot be clicked:
// hxxp:// -> http://, example[.]com -> example.com, 1.2.3[.]4, user(at)example.com, [:]//.
// Keeps a map back to the original text, so each indicator can be reported as it was written.
class Refanger {
public:
    explicit Refanger(const QString &original);

    const QString &refanged() const { return m_refanged; }
    // The original text behind refanged()[start, end).
    QString originalOf(qsizetype start, qsizetype end) const;
    bool wasChanged(qsizetype start, qsizetype end) const;

private:
    QString m_original;
    QString m_refanged;
    std::vector<qsizetype> m_sourceStart; // per refanged character
    std::vector<qsizetype> m_sourceEnd;
};

} // namespace soar::tools
