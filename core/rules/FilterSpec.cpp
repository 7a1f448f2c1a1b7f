#include "rules/FilterSpec.h"

#include "rules/FilterValueValidator.h"
#include "rules/ValueListParser.h"

namespace soar::rules {

using common::Error;

namespace {

QString settingKey(FilterField field, Polarity polarity)
{
    QString key;
    switch (field) {
    case FilterField::From:
        key = QStringLiteral("From");
        break;
    case FilterField::To:
        key = QStringLiteral("To");
        break;
    case FilterField::Subject:
        key = QStringLiteral("Subject");
        break;
    case FilterField::TextBody:
        key = QStringLiteral("TextBody");
        break;
    case FilterField::Header:
        key = QStringLiteral("Header");
        break;
    }
    if (polarity == Polarity::Exclude)
        return QStringLiteral("not") + key;
    key[0] = key.at(0).toLower();
    return key;
}

QString headerFieldKey(Polarity polarity)
{
    return polarity == Polarity::Exclude ? QStringLiteral("notHeaderField") : QStringLiteral("headerField");
}

common::Result<FilterSet> parseSet(const QMap<QString, QString> &settings, Polarity polarity)
{
    FilterSet set;
    for (const FilterField field : allFilterFields()) {
        const QString label = filterLabel(field, polarity);
        auto values = ValueListParser::parse(settings.value(settingKey(field, polarity)), label);
        if (!values.ok())
            return values.error();
        if (field == FilterField::From || field == FilterField::To) {
            for (const QString &v : values.value()) {
                const Error bad = FilterValueValidator::checkAddressOrDomain(v, label);
                if (bad)
                    return bad;
            }
        }
        set.values(field) = std::move(values).value();
    }

    const QString headerField = settings.value(headerFieldKey(polarity)).trimmed();
    if (!set.header.isEmpty() || !headerField.isEmpty()) {
        // An empty name is reported against the values ("Header: a header field name is needed").
        const QString label = headerField.isEmpty() ? filterLabel(FilterField::Header, polarity) : headerFieldNameLabel(polarity);
        const Error bad = FilterValueValidator::checkHeaderFieldName(headerField, label);
        if (bad)
            return bad;
    }
    set.headerField = headerField;
    return set;
}

} // namespace

const QStringList &FilterSpec::settingKeys()
{
    static const QStringList keys = [] {
        QStringList k;
        for (const Polarity polarity : {Polarity::Require, Polarity::Exclude}) {
            for (const FilterField field : allFilterFields())
                k.append(settingKey(field, polarity));
            k.append(headerFieldKey(polarity));
        }
        return k;
    }();
    return keys;
}

common::Result<FilterSpec> FilterSpec::fromSettings(const QMap<QString, QString> &settings)
{
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        if (!settingKeys().contains(it.key()))
            return Error(Error::Kind::Config,
                QStringLiteral("Filters: unknown filter setting '%1'; the known ones are %2")
                    .arg(it.key(), settingKeys().join(QStringLiteral(", "))));
    }
    FilterSpec spec;
    auto require = parseSet(settings, Polarity::Require);
    if (!require.ok())
        return require.error();
    auto exclude = parseSet(settings, Polarity::Exclude);
    if (!exclude.ok())
        return exclude.error();
    spec.require = std::move(require).value();
    spec.exclude = std::move(exclude).value();
    return spec;
}

} // namespace soar::rules
