#pragma once

#include <QJsonObject>
#include <QString>

namespace soar::soar {

// Finds the incident id in an answer. UNVERIFIED: the docs show no response bodies; we accept
// "id" at the top level or inside "data", as a number or a string (see docs/soar-api.md).
class IncidentIdReader {
public:
    static QString read(const QJsonObject &answer);
};

} // namespace soar::soar
