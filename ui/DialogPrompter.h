#pragma once

#include "Prompter.h"

#include <QCoreApplication>

namespace soar::ui {

// Prompter with standard Qt dialogs.
class DialogPrompter final : public Prompter {
    Q_DECLARE_TR_FUNCTIONS(soar::ui::DialogPrompter)
public:
    bool confirmRemove(QWidget *parent, const QString &resource) override;
    std::optional<QString> askName(QWidget *parent, const QString &title, const QString &suggestion) override;
    UnsavedChoice askUnsaved(QWidget *parent, const QString &resource) override;
    void showError(QWidget *parent, const QString &title, const QString &message) override;
};

} // namespace soar::ui
