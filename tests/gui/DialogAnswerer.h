#pragma once

#include "DialogPrompter.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QInputDialog>
#include <QMessageBox>
#include <QPointer>
#include <QRegularExpression>

namespace soar::test {

// While it lives, answers the real dialogs ResourceActions opens (DialogPrompter's message
// boxes and name input) as a scripted analyst would: it clicks their buttons once the dialog
// shows, and records each question in `asked`.
class DialogAnswerer : public QObject {
public:
    bool confirmRemove = true;
    QStringList names; // answers to the name dialogs, in order; none left means "Cancel"
    ui::DialogPrompter::UnsavedChoice unsaved = ui::DialogPrompter::UnsavedChoice::Cancel;
    QStringList asked; // "remove:x", "name:title", "unsaved:x", "error:message"

    DialogAnswerer() { qApp->installEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && (qobject_cast<QMessageBox *>(watched) || qobject_cast<QInputDialog *>(watched))) {
            // Answered from the dialog's own event loop, as a click would be.
            QMetaObject::invokeMethod(
                this, [this, dialog = QPointer<QDialog>(qobject_cast<QDialog *>(watched))] { answer(dialog); },
                Qt::QueuedConnection);
        }
        return false;
    }

private:
    static QString quoted(const QString &text)
    {
        return QRegularExpression(QStringLiteral("\"([^\"]*)\"")).match(text).captured(1);
    }

    void answer(QDialog *dialog)
    {
        if (!dialog || !dialog->isVisible())
            return;
        if (auto *input = qobject_cast<QInputDialog *>(dialog)) {
            asked.append(QStringLiteral("name:") + input->windowTitle());
            if (names.isEmpty()) {
                input->reject();
                return;
            }
            input->setTextValue(names.takeFirst());
            input->accept();
            return;
        }
        auto *box = qobject_cast<QMessageBox *>(dialog);
        if (box->objectName() == QLatin1String("confirmRemoveBox")) {
            asked.append(QStringLiteral("remove:") + quoted(box->text()));
            for (QAbstractButton *button : box->buttons()) {
                const bool isRemove = box->buttonRole(button) == QMessageBox::DestructiveRole;
                if (isRemove == confirmRemove) {
                    button->click();
                    return;
                }
            }
        } else if (box->objectName() == QLatin1String("unsavedChangesBox")) {
            asked.append(QStringLiteral("unsaved:") + quoted(box->text()));
            using Choice = ui::DialogPrompter::UnsavedChoice;
            box->button(unsaved == Choice::Save     ? QMessageBox::Save
                       : unsaved == Choice::Discard ? QMessageBox::Discard
                                                    : QMessageBox::Cancel)
                ->click();
        } else {
            asked.append(QStringLiteral("error:") + box->text());
            box->button(QMessageBox::Ok)->click();
        }
    }
};

} // namespace soar::test
