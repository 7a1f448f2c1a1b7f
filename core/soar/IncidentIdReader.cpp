#include "soar/IncidentIdReader.h"

#include <QJsonValue>

namespace soar::soar {

namespace {
QString idFrom(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}
} // namespace

QString IncidentIdReader::read(const QJsonObject &answer)
{
    const QString top = idFrom(answer.value(QLatin1String("id")));
    if (!top.isEmpty())
        return top;
    return idFrom(answer.value(QLatin1String("data")).toObject().value(QLatin1String("id")));
}

} // namespace soar::soar
