#include "PasswordField.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStyle>

namespace soar::ui {

PasswordField::PasswordField(const QString &objectName, const QString &accessibleName, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(objectName);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setAccessibleName(accessibleName);
    // Keep secrets out of the clipboard history and input-method prediction.
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);

    m_reveal = m_edit->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
    m_reveal->setObjectName(objectName + QStringLiteral("Reveal"));
    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show"));
    m_reveal->setToolTip(tr("Show or hide the %1").arg(accessibleName.toLower()));
    connect(m_reveal, &QAction::toggled, this, [this](bool shown) {
        m_edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("Hide") : tr("Show"));
    });
}

} // namespace soar::ui
