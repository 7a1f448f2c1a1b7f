#pragma once

#include "Prompter.h"

#include <QStringList>

#include <optional>

namespace soar::test {

// Answers MainWindow's questions from a script and records what was asked.
class ScriptedPrompter final : public ui::Prompter {
public:
    struct Script {
        bool confirmRemove = true;
        QStringList names; // answers to askName, in order; none left means "cancel"
        UnsavedChoice unsaved = UnsavedChoice::Cancel;
        QStringList asked; // "remove:x", "name:title", "unsaved:x", "error:message"
    };

    explicit ScriptedPrompter(Script *script) : m_script(script) { }

    bool confirmRemove(QWidget *, const QString &resource) override
    {
        m_script->asked.append(QStringLiteral("remove:") + resource);
        return m_script->confirmRemove;
    }
    std::optional<QString> askName(QWidget *, const QString &title, const QString &) override
    {
        m_script->asked.append(QStringLiteral("name:") + title);
        if (m_script->names.isEmpty())
            return std::nullopt;
        return m_script->names.takeFirst();
    }
    UnsavedChoice askUnsaved(QWidget *, const QString &resource) override
    {
        m_script->asked.append(QStringLiteral("unsaved:") + resource);
        return m_script->unsaved;
    }
    void showError(QWidget *, const QString &, const QString &message) override
    {
        m_script->asked.append(QStringLiteral("error:") + message);
    }

private:
    Script *m_script;
};

} // namespace soar::test
