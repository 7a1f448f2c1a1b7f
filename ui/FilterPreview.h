#pragma once

#include "common/Result.h"
#include "settings/ResourceSettings.h"

#include <QCoreApplication>
#include <QString>

namespace soar::ui {

// One plain-language line saying what a resource will fetch, shown under the pre-filters, e.g.
// "unseen mail from sumologic.com OR sales@x.com AND NOT subject 'newsletter'".
// A stand-in until the rules module provides the canonical description.
class FilterPreview {
    Q_DECLARE_TR_FUNCTIONS(soar::ui::FilterPreview)
public:
    static QString describe(settings::FetchType type, const settings::FilterSettings &filters);

private:
    static common::Result<QStringList> values(const QString &field, const QString &word);
};

} // namespace soar::ui
