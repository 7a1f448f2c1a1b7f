#include "FilterPage.h"

#include "InlineErrors.h"
#include "settings/SettingsNames.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace soar::ui {

namespace {

struct FilterField {
    const char *key; // as in SettingsNames::filterFields, without the "not" prefix
    const char *label;
    const char *notLabel;
    const char *tooltip;
    bool headerName;
};

// Labels follow the product's field names; mnemonics are unique within the page.
const FilterField kFields[] = {
    {"from", QT_TRANSLATE_NOOP("soar::ui::FilterPage", "F&rom:"), QT_TRANSLATE_NOOP("soar::ui::FilterPage", "Not Fro&m:"),
        QT_TRANSLATE_NOOP(
            "soar::ui::FilterPage", "Addresses or whole domains, comma separated (OR), e.g. sumologic.com, sales@sumologic.com"),
        false},
    {"to", QT_TRANSLATE_NOOP("soar::ui::FilterPage", "&To:"), QT_TRANSLATE_NOOP("soar::ui::FilterPage", "Not T&o:"),
        QT_TRANSLATE_NOOP("soar::ui::FilterPage", "Receivers, comma separated (OR)"), false},
    {"subject", QT_TRANSLATE_NOOP("soar::ui::FilterPage", "&Subject:"),
        QT_TRANSLATE_NOOP("soar::ui::FilterPage", "Not S&ubject:"),
        QT_TRANSLATE_NOOP("soar::ui::FilterPage", "Words in the subject, comma separated (OR)"), false},
    {"textBody", QT_TRANSLATE_NOOP("soar::ui::FilterPage", "Text &Body:"),
        QT_TRANSLATE_NOOP("soar::ui::FilterPage", "Not Text Bod&y:"),
        QT_TRANSLATE_NOOP("soar::ui::FilterPage", "Text in the body or an attachment name, comma separated (OR)"), false},
    {"header", QT_TRANSLATE_NOOP("soar::ui::FilterPage", "&Header:"), QT_TRANSLATE_NOOP("soar::ui::FilterPage", "Not H&eader:"),
        QT_TRANSLATE_NOOP("soar::ui::FilterPage", "Text to find in the header chosen below"), false},
    {"headerField", QT_TRANSLATE_NOOP("soar::ui::FilterPage", "Header &Field Name:"),
        QT_TRANSLATE_NOOP("soar::ui::FilterPage", "Header Fie&ld Name:"),
        QT_TRANSLATE_NOOP("soar::ui::FilterPage", "The header to search in; pick one or type any header name"), true},
};

QString objectNameFor(const QString &key)
{
    return QStringLiteral("filter") + key.at(0).toUpper() + key.mid(1);
}

} // namespace

QStringList FilterPage::commonHeaderNames()
{
    return {QStringLiteral("Reply-To"), QStringLiteral("Return-Path"), QStringLiteral("X-Mailer"), QStringLiteral("Received"),
        QStringLiteral("Message-ID"), QStringLiteral("Content-Type"), QStringLiteral("X-Originating-IP"),
        QStringLiteral("Authentication-Results"), QStringLiteral("X-Spam-Status"), QStringLiteral("List-Id"),
        QStringLiteral("Precedence"), QStringLiteral("Sender")};
}

FilterPage::FilterPage(InlineErrors *errors, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("filterPage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Only mail matching every filled-in filter is fetched. Values separated by commas are "
                                "alternatives (OR)."),
        this);
    intro->setWordWrap(true);
    intro->setEnabled(false);
    layout->addWidget(intro);
    layout->addWidget(addGroup(errors, tr("Fetch mail that matches"), false));
    layout->addWidget(addGroup(errors, tr("NOT: skip mail that matches"), true));

    auto *previewTitle = new QLabel(tr("What will be fetched:"), this);
    layout->addWidget(previewTitle);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("filterPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_preview->setAccessibleName(tr("Filter preview"));
    QFont font = m_preview->font();
    font.setBold(true);
    m_preview->setFont(font);
    layout->addWidget(m_preview);
    layout->addStretch(1);
}

QWidget *FilterPage::addGroup(InlineErrors *errors, const QString &title, bool negated)
{
    auto *group = new QGroupBox(title, this);
    group->setObjectName(negated ? QStringLiteral("notFilterGroup") : QStringLiteral("filterGroup"));
    auto *form = new QFormLayout(group);
    for (const FilterField &f : kFields) {
        QString key = QString::fromLatin1(f.key);
        if (negated)
            key = QStringLiteral("not") + key.at(0).toUpper() + key.mid(1);
        const QString label = tr(negated ? f.notLabel : f.label);
        QWidget *field = nullptr;
        if (f.headerName) {
            auto *combo = new QComboBox(group);
            combo->setEditable(true);
            combo->addItem(QString());
            combo->addItems(commonHeaderNames());
            combo->lineEdit()->setPlaceholderText(tr("e.g. Reply-To"));
            connect(combo, &QComboBox::currentTextChanged, this, &FilterPage::changed);
            field = combo;
        } else {
            auto *edit = new QLineEdit(group);
            edit->setClearButtonEnabled(true);
            connect(edit, &QLineEdit::textChanged, this, &FilterPage::changed);
            field = edit;
        }
        field->setObjectName(objectNameFor(key));
        field->setToolTip(tr(f.tooltip));
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        errors->addRow(form, label, field, QStringLiteral("filters.") + key);
        m_fields.insert(key, field);
    }
    return group;
}

void FilterPage::load(const settings::FilterSettings &filters)
{
    for (const auto &[key, value] : settings::SettingsNames::filterFields(filters)) {
        QWidget *field = m_fields.value(key);
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            edit->setText(*value);
        else if (auto *combo = qobject_cast<QComboBox *>(field))
            combo->setCurrentText(*value);
    }
}

void FilterPage::apply(settings::FilterSettings &filters) const
{
    for (const auto &[key, value] : settings::SettingsNames::filterFields(filters)) {
        QWidget *field = m_fields.value(key);
        if (auto *edit = qobject_cast<QLineEdit *>(field))
            *value = edit->text().trimmed();
        else if (auto *combo = qobject_cast<QComboBox *>(field))
            *value = combo->currentText().trimmed();
    }
}

void FilterPage::setPreview(const QString &text)
{
    m_preview->setText(text);
}

} // namespace soar::ui
