#include "InlineErrors.h"

#include <QFormLayout>
#include <QLabel>

namespace soar::ui {

void InlineErrors::addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &key, QWidget *buddy)
{
    form->addRow(label, field);
    if (auto *labelWidget = qobject_cast<QLabel *>(form->labelForField(field)); labelWidget && buddy)
        labelWidget->setBuddy(buddy);

    auto *error = new QLabel(field->parentWidget());
    error->setObjectName(QStringLiteral("error:") + key);
    error->setWordWrap(true);
    error->setTextFormat(Qt::PlainText);
    // A red that stays readable on light and dark palettes.
    QPalette palette = error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xd0, 0x36, 0x2c));
    error->setPalette(palette);
    form->addRow(QString(), error);
    form->setRowVisible(error, false);
    m_rows.insert(key, {form, field, error});
}

QList<settings::SettingsIssue> InlineErrors::show(const QList<settings::SettingsIssue> &issues)
{
    QHash<QString, QStringList> messages;
    QList<settings::SettingsIssue> unshown;
    for (const settings::SettingsIssue &issue : issues) {
        // A list's rows ("soar.incidentMapping[1].field") are shown on the list's own row.
        const int bracket = issue.key.indexOf(QLatin1Char('['));
        const QString listKey = bracket > 0 ? issue.key.left(bracket) : QString();
        if (m_rows.contains(issue.key)) {
            messages[issue.key].append(issue.message);
        } else if (!listKey.isEmpty() && m_rows.contains(listKey)) {
            const int index = issue.key.mid(bracket + 1).section(QLatin1Char(']'), 0, 0).toInt();
            messages[listKey].append(tr("Row %1: %2").arg(index + 1).arg(issue.message));
        } else {
            unshown.append(issue);
        }
    }
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const Row &row = it.value();
        if (!row.form || !row.error || !row.field)
            continue;
        const QString text = messages.value(it.key()).join(QLatin1Char('\n'));
        row.error->setText(text);
        row.form->setRowVisible(row.error, !text.isEmpty());
        row.field->setAccessibleDescription(text);
    }
    return unshown;
}

QWidget *InlineErrors::field(const QString &key) const
{
    return m_rows.value(key).field;
}

} // namespace soar::ui
