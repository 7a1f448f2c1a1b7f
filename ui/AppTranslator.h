#pragma once

#include <QLocale>
#include <QTranslator>

namespace soar::ui {

// Installs the desktop app's translation for a locale, plus Qt's own (the buttons of standard
// dialogs), for as long as it lives. English is the source language: without a matching
// translation nothing is installed and the app stays in English.
class AppTranslator {
public:
    explicit AppTranslator(const QLocale &locale = QLocale());
    ~AppTranslator();
    AppTranslator(const AppTranslator &) = delete;
    AppTranslator &operator=(const AppTranslator &) = delete;

    // Where qt_add_translations embeds the .qm files (translations/CMakeLists.txt).
    static QString resourceDir() { return QStringLiteral(":/i18n"); }

private:
    QTranslator m_app;
    QTranslator m_qt;
    bool m_appLoaded = false;
    bool m_qtLoaded = false;
};

} // namespace soar::ui
