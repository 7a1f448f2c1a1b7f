#pragma once

#include "settings/ResourceSettings.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;

namespace soar::ui {

class InlineErrors;

// Where fetched mail goes: the Cloud SOAR API and how to authenticate to it.
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

private:
    void updateAuthRows();

    QFormLayout *m_form = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_auth = nullptr;
    QWidget *m_tokenRow = nullptr;
    QLineEdit *m_token = nullptr;
    QLineEdit *m_accessId = nullptr;
    QWidget *m_accessKeyRow = nullptr;
    QLineEdit *m_accessKey = nullptr;
    QLineEdit *m_secretCommand = nullptr;
};

} // namespace soar::ui
