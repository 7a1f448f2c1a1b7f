#include "AppTranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace soar::ui {

AppTranslator::AppTranslator(const QLocale &locale)
{
    m_appLoaded = m_app.load(locale, QStringLiteral("soar-imap"), QStringLiteral("_"), resourceDir());
    if (m_appLoaded)
        QCoreApplication::installTranslator(&m_app);
    // Qt's catalogue is optional (package qt6-translations-l10n); without it Qt's own dialogs
    // keep their English buttons.
    m_qtLoaded
        = m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_qtLoaded)
        QCoreApplication::installTranslator(&m_qt);
}

AppTranslator::~AppTranslator()
{
    if (m_qtLoaded)
        QCoreApplication::removeTranslator(&m_qt);
    if (m_appLoaded)
        QCoreApplication::removeTranslator(&m_app);
}

} // namespace soar::ui
