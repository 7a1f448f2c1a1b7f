#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace soar::ui {

// The questions ResourceActions asks the analyst, as standard Qt dialogs.
class DialogPrompter {
    Q_DECLARE_TR_FUNCTIONS(soar::ui::DialogPrompter)
public:
    enum class UnsavedChoice { Save, Discard, Cancel };

    static bool confirmRemove(QWidget *parent, const QString &resource);
    // nullopt when the analyst cancels.
    static std::optional<QString> askName(QWidget *parent, const QString &title, const QString &suggestion);
    static UnsavedChoice askUnsaved(QWidget *parent, const QString &resource);
    static void showError(QWidget *parent, const QString &title, const QString &message);
};

} // namespace soar::ui
