#include "DialogPrompter.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace soar::ui {

bool DialogPrompter::confirmRemove(QWidget *parent, const QString &resource)
{
    QMessageBox box(QMessageBox::Warning, tr("Remove resource"),
        tr("Remove the resource \"%1\"?\n\nIts settings and its keychain entries are deleted. Mail already stored "
           "locally stays.")
            .arg(resource),
        QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("confirmRemoveBox"));
    QAbstractButton *remove = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

std::optional<QString> DialogPrompter::askName(QWidget *parent, const QString &title, const QString &suggestion)
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        parent, title, tr("Resource name (letters, digits, space and . _ @ -):"), QLineEdit::Normal, suggestion, &ok);
    if (!ok)
        return std::nullopt;
    return name.trimmed();
}

DialogPrompter::UnsavedChoice DialogPrompter::askUnsaved(QWidget *parent, const QString &resource)
{
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"), tr("The resource \"%1\" has unsaved changes.").arg(resource),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setInformativeText(tr("Save them before continuing?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return UnsavedChoice::Save;
    case QMessageBox::Discard:
        return UnsavedChoice::Discard;
    default:
        return UnsavedChoice::Cancel;
    }
}

void DialogPrompter::showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::warning(parent, title, message);
}

} // namespace soar::ui
