#pragma once

#include "settings/ResourceSettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace soar::ui {

class InlineErrors;

// Which mails a poll fetches and how often.
class FetchingPage : public QWidget {
    Q_OBJECT
public:
    FetchingPage(InlineErrors *errors, QWidget *parent = nullptr);

    void load(const settings::FetchSettings &fetch);
    void apply(settings::FetchSettings &fetch) const;

signals:
    void changed();

private:
    QComboBox *m_type = nullptr;
    QCheckBox *m_markSeen = nullptr;
    QSpinBox *m_poll = nullptr;
    QCheckBox *m_idle = nullptr;
};

} // namespace soar::ui
