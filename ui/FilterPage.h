#pragma once

#include "settings/ResourceSettings.h"

#include <QHash>
#include <QWidget>

class QLabel;

namespace soar::ui {

class InlineErrors;

// The twelve pre-filters of the product (From, To, Subject, Text Body, Header and the NOT
// group) and a one-line preview of what will be fetched.
class FilterPage : public QWidget {
    Q_OBJECT
public:
    FilterPage(InlineErrors *errors, QWidget *parent = nullptr);

    void load(const settings::FilterSettings &filters);
    void apply(settings::FilterSettings &filters) const;
    void setPreview(const QString &text);

    // The header names offered in the Header Field Name combos.
    static QStringList commonHeaderNames();

signals:
    void changed();

private:
    QWidget *addGroup(InlineErrors *errors, const QString &title, bool negated);

    QHash<QString, QWidget *> m_fields; // JSON key ("notFrom") -> QLineEdit or QComboBox
    QLabel *m_preview = nullptr;
};

} // namespace soar::ui
