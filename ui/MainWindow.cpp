#include "MainWindow.h"

#include "common/Version.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>

namespace soar::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("soar-imap"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/soar-imap.svg")));
    setObjectName(QStringLiteral("MainWindow"));

    auto *splitter = new QSplitter(this);
    m_resources = new QListWidget(splitter);
    m_resources->setObjectName(QStringLiteral("resourceList"));
    m_resources->setAccessibleName(tr("Resources"));

    m_pages = new QTabWidget(splitter);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_emptyState = new QLabel(tr("<h3>No mailbox connected yet</h3>"
                                 "<p>Add a resource to connect a mailbox over IMAP, test it, and watch mail flow in.</p>"),
        m_pages);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_pages->addTab(m_emptyState, tr("&Welcome"));

    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);
    buildMenus();
    statusBar()->showMessage(tr("Ready"));
    resize(1100, 700);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
}

} // namespace soar::ui
