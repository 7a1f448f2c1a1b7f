#pragma once

#include "mails/MailListModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPixmap>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTest>
#include <QWidget>

// Finding and filling form widgets by objectName, the way an analyst would: typed text, chosen
// items. Each helper fails the test (via QVERIFY in the caller) by returning false.
namespace soar::test::gui {

template<typename W>
W *find(QWidget *root, const QString &name)
{
    return root->findChild<W *>(name);
}

// Renders widget as shown; with SOAR_SCREENSHOT_DIR set, writes it there as name.png
// (docs/images/ holds the committed ones). Returns what went wrong, empty when nothing did.
inline QString screenshot(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();
    const QPixmap picture = widget->grab();
    if (picture.isNull() || picture.size() != widget->size() * picture.devicePixelRatio())
        return QStringLiteral("%1: the rendered picture is empty or not the widget's size").arg(name);
    const QString dir = qEnvironmentVariable("SOAR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return {};
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!QDir().mkpath(dir) || !picture.save(path))
        return QStringLiteral("could not write %1").arg(path);
    return {};
}

// The one a user opened last (dialogs stay children of the window until they are closed).
template<typename W>
W *newest(QWidget *root, const QString &name)
{
    const QList<W *> all = root->findChildren<W *>(name);
    return all.isEmpty() ? nullptr : all.last();
}

// The verdict of the test dialog a user opened last (Test Saved Settings, the Cloud SOAR test:
// "testSettingsDialog" / "testVerdict"; Test Action: "testActionDialog" / "testActionSummary"),
// once it is in: the label leaves the "Testing…" / "Running…" text the dialog opens with.
// Empty when none came within timeoutMs.
inline QString testVerdict(QWidget *window, const QString &dialogName, const QString &labelName, int timeoutMs = 20000)
{
    QString verdict;
    // The verdict says whether one came: nothing to add from qWaitFor's own answer.
    (void)QTest::qWaitFor(
        [&] {
            QWidget *dialog = newest<QDialog>(window, dialogName);
            const QLabel *label = dialog ? find<QLabel>(dialog, labelName) : nullptr;
            if (label && !label->text().endsWith(QChar(0x2026)))
                verdict = label->text();
            return !verdict.isEmpty();
        },
        timeoutMs);
    return verdict;
}

inline QAction *action(QObject *root, const QString &name)
{
    return root->findChild<QAction *>(name);
}

// The icon the desktop shows for a ui::TrayIcon: its tooltip, icon and context menu.
inline QSystemTrayIcon *systemTray(QObject *tray)
{
    return tray->findChild<QSystemTrayIcon *>();
}

inline QAction *trayAction(QObject *tray, const QString &name)
{
    QSystemTrayIcon *icon = systemTray(tray);
    return icon && icon->contextMenu() ? icon->contextMenu()->findChild<QAction *>(name) : nullptr;
}

// The tray menu's Recent notifications, newest first: "HH:mm  title: first line", the whole
// text in the tooltip.
inline QList<QAction *> recentNotifications(QObject *tray)
{
    QSystemTrayIcon *icon = systemTray(tray);
    QMenu *recent = icon && icon->contextMenu() ? icon->contextMenu()->findChild<QMenu *>(QStringLiteral("trayRecent")) : nullptr;
    return recent ? recent->actions() : QList<QAction *>();
}

// While it lives, what the application opens in "the browser" goes to browser's open(QUrl)
// slot, through Qt's own hook for URL schemes instead of a desktop browser.
class BrowserHandler {
public:
    explicit BrowserHandler(QObject *browser)
    {
        QDesktopServices::setUrlHandler(QStringLiteral("http"), browser, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("https"), browser, "open");
    }
    ~BrowserHandler()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    }
    BrowserHandler(const BrowserHandler &) = delete;
    BrowserHandler &operator=(const BrowserHandler &) = delete;
};

// The Mails tab's table and the model behind it.
inline QTableView *mailTable(QWidget *root)
{
    return find<QTableView>(root, QStringLiteral("mailTable"));
}

inline ui::MailListModel *mailModel(QWidget *root)
{
    QTableView *table = mailTable(root);
    return table ? qobject_cast<ui::MailListModel *>(table->model()) : nullptr;
}

// The notice in the window's corner (ui::Toast): its text, and whether it is the red one.
inline QString toastText(QWidget *window)
{
    auto *label = window->findChild<QLabel *>(QStringLiteral("toastText"));
    return label ? label->text() : QStringLiteral("<no toast>");
}

inline bool toastShown(QWidget *window)
{
    auto *toast = window->findChild<QFrame *>(QStringLiteral("toast"));
    return toast && toast->isVisible();
}

inline bool toastIsError(QWidget *window)
{
    auto *toast = window->findChild<QFrame *>(QStringLiteral("toast"));
    return toast && toast->property("error").toBool();
}

inline bool type(QWidget *root, const QString &name, const QString &text)
{
    if (auto *edit = find<QLineEdit>(root, name)) {
        edit->selectAll();
        edit->del();
        QTest::keyClicks(edit, text);
        return edit->text() == text;
    }
    if (auto *combo = find<QComboBox>(root, name); combo && combo->isEditable()) {
        combo->setEditText(text);
        return combo->currentText() == text;
    }
    return false;
}

inline bool choose(QWidget *root, const QString &name, int index)
{
    auto *combo = find<QComboBox>(root, name);
    if (!combo || index >= combo->count())
        return false;
    combo->setCurrentIndex(index);
    return true;
}

// Chooses the item carrying value (what the analyst picks by its label).
inline bool chooseData(QWidget *root, const QString &name, const QVariant &value)
{
    auto *combo = find<QComboBox>(root, name);
    const int index = combo ? combo->findData(value) : -1;
    return index >= 0 && choose(root, name, index);
}

inline bool setNumber(QWidget *root, const QString &name, int value)
{
    auto *spin = find<QSpinBox>(root, name);
    if (!spin)
        return false;
    spin->setValue(value);
    return spin->value() == value;
}

inline bool check(QWidget *root, const QString &name, bool on)
{
    auto *box = find<QCheckBox>(root, name);
    if (!box)
        return false;
    box->setChecked(on);
    return true;
}

inline QString text(QWidget *root, const QString &name)
{
    if (auto *edit = find<QLineEdit>(root, name))
        return edit->text();
    if (auto *combo = find<QComboBox>(root, name))
        return combo->currentText();
    if (auto *spin = find<QSpinBox>(root, name))
        return QString::number(spin->value());
    return QStringLiteral("<no widget %1>").arg(name);
}

} // namespace soar::test::gui
