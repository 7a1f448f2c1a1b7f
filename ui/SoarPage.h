#pragma once

#include "settings/ResourceSettings.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace soar::ui {

class IncidentMappingEditor;
class InlineErrors;

// Where fetched mail goes: the Cloud SOAR API, how to authenticate to it, and the incident rule
// (template and field mapping) for each newly stored mail. Test connection checks the form's
// values as they are, saved or not.
class SoarPage : public QWidget {
    Q_OBJECT
public:
    SoarPage(InlineErrors *errors, QWidget *parent = nullptr);

    void load(const settings::SoarSettings &soar);
    void apply(settings::SoarSettings &soar) const;
    void setSecret(const QString &secret);
    QString secret() const;

signals:
    void changed();
    void testConnectionRequested();

private:
    void updateAuthRows();
    void updateIncidentRows();

    QFormLayout *m_form = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_auth = nullptr;
    QWidget *m_tokenRow = nullptr;
    QLineEdit *m_token = nullptr;
    QLineEdit *m_accessId = nullptr;
    QWidget *m_accessKeyRow = nullptr;
    QLineEdit *m_accessKey = nullptr;
    QLineEdit *m_secretCommand = nullptr;
    QPushButton *m_test = nullptr;
    QSpinBox *m_templateId = nullptr;
    IncidentMappingEditor *m_mapping = nullptr;
};

} // namespace soar::ui
