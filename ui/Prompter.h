#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace soar::ui {

// The questions the UI asks the analyst. MainWindow asks through this interface so tests can
// answer without modal dialogs; DialogPrompter is the real one.
class Prompter {
public:
    enum class UnsavedChoice { Save, Discard, Cancel };

    virtual ~Prompter() = default;
    virtual bool confirmRemove(QWidget *parent, const QString &resource) = 0;
    // nullopt when the analyst cancels.
    virtual std::optional<QString> askName(QWidget *parent, const QString &title, const QString &suggestion) = 0;
    virtual UnsavedChoice askUnsaved(QWidget *parent, const QString &resource) = 0;
    virtual void showError(QWidget *parent, const QString &title, const QString &message) = 0;
};

} // namespace soar::ui
