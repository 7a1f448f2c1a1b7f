#include "mails/IncidentLinkDialog.h"

#include "store/MailStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace soar::ui {

IncidentLinkDialog::IncidentLinkDialog(store::MailStore *store, QString mailId, QWidget *parent)
    : QDialog(parent), m_store(store), m_mailId(std::move(mailId))
{
    Q_ASSERT(store);
    setObjectName(QStringLiteral("incidentLinkDialog"));
    setWindowTitle(tr("Add to Incident"));

    m_incident = new QLineEdit(this);
    m_incident->setObjectName(QStringLiteral("incidentId"));
    m_incident->setPlaceholderText(tr("Incident id in Cloud SOAR, e.g. 4711"));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("incidentNote"));
    m_note->setPlaceholderText(tr("Why this mail belongs to the incident (optional)"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(80);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("incidentError"));
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, QColor(0xd0, 0x36, 0x2c));
    m_error->setPalette(red);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Incident:"), m_incident);
    form->addRow(QString(), m_error);
    form->addRow(tr("&Note:"), m_note);

    m_links = new QTableWidget(0, 3, this);
    m_links->setObjectName(QStringLiteral("incidentLinks"));
    m_links->setHorizontalHeaderLabels({tr("Incident"), tr("Linked"), tr("Note")});
    m_links->horizontalHeader()->setStretchLastSection(true);
    m_links->verticalHeader()->hide();
    m_links->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_link = buttons->addButton(tr("&Link"), QDialogButtonBox::AcceptRole);
    m_link->setObjectName(QStringLiteral("incidentLink"));
    m_link->setDefault(true);
    m_link->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Already linked to:"), this));
    layout->addWidget(m_links, 1);
    layout->addWidget(buttons);

    connect(m_incident, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_link->setEnabled(!text.trimmed().isEmpty());
        m_error->hide();
    });
    connect(m_link, &QPushButton::clicked, this, [this] {
        if (link())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadLinks();
    resize(480, 360);
}

bool IncidentLinkDialog::link()
{
    const QString incident = m_incident->text().trimmed();
    if (incident.isEmpty()) {
        showError(tr("Enter the incident id from Cloud SOAR."));
        return false;
    }
    const auto stored = m_store->linkIncident(m_mailId, incident, m_note->toPlainText().trimmed());
    if (!stored.ok()) {
        showError(tr("The link was not saved: %1").arg(stored.error().message));
        return false;
    }
    loadLinks();
    emit linked(incident);
    return true;
}

void IncidentLinkDialog::loadLinks()
{
    const auto links = m_store->incidentLinks(m_mailId);
    if (!links.ok()) {
        showError(links.error().message);
        return;
    }
    m_links->setRowCount(int(links.value().size()));
    for (int row = 0; row < links.value().size(); ++row) {
        const store::IncidentLink &link = links.value().at(row);
        m_links->setItem(row, 0, new QTableWidgetItem(link.incidentId));
        m_links->setItem(row, 1, new QTableWidgetItem(QLocale().toString(link.linkedAt.toLocalTime(), QLocale::ShortFormat)));
        m_links->setItem(row, 2, new QTableWidgetItem(link.note));
    }
}

void IncidentLinkDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace soar::ui
