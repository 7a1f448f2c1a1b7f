#include "IncidentMappingEditor.h"

#include "soar/IncidentMapping.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace soar::ui {

namespace {

enum Column { SourceColumn, FieldColumn };

QString label(::soar::soar::MailField field)
{
    using ::soar::soar::MailField;
    switch (field) {
    case MailField::CloudSoarMailId:
        return IncidentMappingEditor::tr("Mail ID (cloud_soar_mail_id)");
    case MailField::MessageId:
        return IncidentMappingEditor::tr("Message-ID");
    case MailField::Subject:
        return IncidentMappingEditor::tr("Subject");
    case MailField::From:
        return IncidentMappingEditor::tr("From");
    case MailField::To:
        return IncidentMappingEditor::tr("To");
    case MailField::Date:
        return IncidentMappingEditor::tr("Date");
    case MailField::Summary:
        return IncidentMappingEditor::tr("Summary (from, to, subject, date, attachments, IOCs)");
    case MailField::Attachments:
        return IncidentMappingEditor::tr("Attachment names");
    case MailField::Iocs:
        return IncidentMappingEditor::tr("IOCs");
    }
    return {};
}

} // namespace

IncidentMappingEditor::IncidentMappingEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("incidentMapping"));
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("incidentMappingTable"));
    m_table->setHorizontalHeaderLabels({tr("Mail value"), tr("Incident field")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Incident field mapping"));
    m_table->setMinimumHeight(150);
    connect(m_table, &QTableWidget::itemChanged, this, &IncidentMappingEditor::changed);

    auto *add = new QPushButton(tr("&Add row"), this);
    add->setObjectName(QStringLiteral("addMappingRow"));
    auto *remove = new QPushButton(tr("Remo&ve row"), this);
    remove->setObjectName(QStringLiteral("removeMappingRow"));
    auto *defaults = new QPushButton(tr("Restore &defaults"), this);
    defaults->setObjectName(QStringLiteral("restoreMappingDefaults"));
    connect(add, &QPushButton::clicked, this, [this] {
        addRow(::soar::soar::MailFields::name(::soar::soar::MailField::From), QString());
        m_table->setCurrentCell(m_table->rowCount() - 1, FieldColumn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, FieldColumn));
        emit changed();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() < 0)
            return;
        m_table->removeRow(m_table->currentRow());
        emit changed();
    });
    connect(defaults, &QPushButton::clicked, this, [this] {
        restoreDefaults();
        emit changed();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(defaults);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void IncidentMappingEditor::load(const QList<settings::IncidentFieldRow> &rows, const QString &mailIdField)
{
    m_mailIdField = mailIdField;
    if (rows.isEmpty()) {
        restoreDefaults();
        return;
    }
    m_table->setRowCount(0);
    for (const settings::IncidentFieldRow &row : rows)
        addRow(row.source, row.field);
}

QList<settings::IncidentFieldRow> IncidentMappingEditor::rows() const
{
    QList<settings::IncidentFieldRow> rows;
    for (int i = 0; i < m_table->rowCount(); ++i) {
        const auto *source = qobject_cast<QComboBox *>(m_table->cellWidget(i, SourceColumn));
        const QTableWidgetItem *field = m_table->item(i, FieldColumn);
        rows.append({source ? source->currentData().toString() : QString(), field ? field->text().trimmed() : QString()});
    }
    return rows;
}

void IncidentMappingEditor::addRow(const QString &source, const QString &field)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *combo = new QComboBox(m_table);
    for (::soar::soar::MailField f : ::soar::soar::MailFields::all())
        combo->addItem(label(f), ::soar::soar::MailFields::name(f));
    // A name this version does not know stays visible instead of being silently replaced.
    if (combo->findData(source) < 0)
        combo->addItem(source, source);
    combo->setCurrentIndex(combo->findData(source));
    connect(combo, &QComboBox::currentIndexChanged, this, &IncidentMappingEditor::changed);
    m_table->setCellWidget(row, SourceColumn, combo);
    const QSignalBlocker quiet(m_table);
    m_table->setItem(row, FieldColumn, new QTableWidgetItem(field));
}

QList<settings::IncidentFieldRow> IncidentMappingEditor::defaultRows(const QString &mailIdField)
{
    const auto defaults = ::soar::soar::IncidentMapping::defaults(
        mailIdField.isEmpty() ? ::soar::soar::IncidentMapping::kDefaultMailIdField : mailIdField);
    QList<settings::IncidentFieldRow> rows;
    for (const auto &row : defaults.rows)
        rows.append({::soar::soar::MailFields::name(row.source), row.incidentField});
    return rows;
}

void IncidentMappingEditor::restoreDefaults()
{
    m_table->setRowCount(0);
    for (const settings::IncidentFieldRow &row : defaultRows(m_mailIdField))
        addRow(row.source, row.field);
}

} // namespace soar::ui
