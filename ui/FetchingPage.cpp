#include "FetchingPage.h"

#include "InlineErrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QSpinBox>

namespace soar::ui {

using settings::FetchType;

FetchingPage::FetchingPage(InlineErrors *errors, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("fetchingPage"));
    auto *form = new QFormLayout(this);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("fetchType"));
    m_type->addItem(tr("Unseen/Unread"), int(FetchType::Unseen));
    m_type->addItem(tr("Fetch From Latest stored mail"), int(FetchType::Latest));
    m_type->setItemData(0, tr("Only mails that are currently unseen or unread"), Qt::ToolTipRole);
    m_type->setItemData(
        1, tr("Every mail newer than the latest one already stored; the first run fetches unseen mail"), Qt::ToolTipRole);
    m_type->setToolTip(tr("Combined with the pre-filters using AND"));
    m_type->setAccessibleName(tr("Email fetch type"));
    errors->addRow(form, tr("Email &fetch type:"), m_type, QStringLiteral("fetch.type"));

    m_markSeen = new QCheckBox(tr("Mark fetched mail as &seen"), this);
    m_markSeen->setObjectName(QStringLiteral("fetchMarkSeen"));
    m_markSeen->setToolTip(tr("Set the \\Seen flag on the server once a mail is safely stored"));
    errors->addRow(form, QString(), m_markSeen, QStringLiteral("fetch.markSeen"));

    m_poll = new QSpinBox(this);
    m_poll->setObjectName(QStringLiteral("fetchPollSeconds"));
    m_poll->setRange(0, 999999); // out-of-range values get the validator's explanation
    m_poll->setSuffix(tr(" s"));
    m_poll->setToolTip(tr("How often to check for new mail (10 seconds to 24 hours)"));
    m_poll->setAccessibleName(tr("Poll interval in seconds"));
    errors->addRow(form, tr("&Poll interval:"), m_poll, QStringLiteral("fetch.pollSeconds"));

    m_idle = new QCheckBox(tr("Use &IDLE to get new mail immediately"), this);
    m_idle->setObjectName(QStringLiteral("fetchIdle"));
    m_idle->setToolTip(tr("When the server supports IDLE, new mail is fetched as soon as it arrives"));
    errors->addRow(form, QString(), m_idle, QStringLiteral("fetch.idle"));

    connect(m_type, &QComboBox::currentIndexChanged, this, &FetchingPage::changed);
    connect(m_markSeen, &QCheckBox::toggled, this, &FetchingPage::changed);
    connect(m_poll, &QSpinBox::valueChanged, this, &FetchingPage::changed);
    connect(m_idle, &QCheckBox::toggled, this, &FetchingPage::changed);
}

void FetchingPage::load(const settings::FetchSettings &fetch)
{
    m_type->setCurrentIndex(m_type->findData(int(fetch.type)));
    m_markSeen->setChecked(fetch.markSeen);
    m_poll->setValue(fetch.pollSeconds);
    m_idle->setChecked(fetch.idle);
}

void FetchingPage::apply(settings::FetchSettings &fetch) const
{
    fetch.type = FetchType(m_type->currentData().toInt());
    fetch.markSeen = m_markSeen->isChecked();
    fetch.pollSeconds = m_poll->value();
    fetch.idle = m_idle->isChecked();
}

} // namespace soar::ui
