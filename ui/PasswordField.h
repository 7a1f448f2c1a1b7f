#pragma once

#include <QWidget>

class QAction;
class QLineEdit;

namespace soar::ui {

// A masked line edit with a reveal toggle, for passwords, tokens and keys.
class PasswordField : public QWidget {
    Q_OBJECT
public:
    // objectName names the line edit; the toggle is "<objectName>Reveal".
    PasswordField(const QString &objectName, const QString &accessibleName, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }

private:
    QLineEdit *m_edit = nullptr;
    QAction *m_reveal = nullptr;
};

} // namespace soar::ui
