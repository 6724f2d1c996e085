// SPDX-License-Identifier: GPL-3.0-or-later
#include "HugePages.h"
#include "MainWindow.h"
#include "RecoveryController.h"
#include "cli/Cli.h"
#include "panels/Preferences.h"

#include "graph/GraphExport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

namespace {

/// Loads the program's translation (embedded under :/i18n) and Qt's own, for the standard
/// dialogs, for the user's language when they exist: the one chosen in the preferences, else
/// the system's. The chosen language also formats dates and numbers.
void installTranslations(QApplication &app)
{
    planner::cli::installEnglishPlurals(app);
    const QString chosen = planner::Preferences::savedLanguage();
    if (!chosen.isEmpty())
        QLocale::setDefault(QLocale(chosen));
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("upgrade-planner"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    planner::restartWithHugePages(argv);
    planner::provideGraphFormats();

    // Subcommands run headless: decided before any QApplication needs a display.
    if (planner::cli::wantsCommandLine(argc, argv))
        return planner::cli::run(argc, argv);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Upgrade Planner"));
    QApplication::setApplicationVersion(QStringLiteral(UPLAN_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Upgrade Planner"));
    QApplication::setOrganizationDomain(QStringLiteral("upgrade-planner.example"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/upgrade-planner.svg")));
    // The desktop entry's name, so that window managers match windows to it (Wayland app id).
    QGuiApplication::setDesktopFileName(QStringLiteral("upgrade-planner"));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Plan IT estate upgrades without breaking what must "
                                        "stay up."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A project (.uplan) or an "
                                                                 "estate (.json) to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    planner::MainWindow window;
    window.show();
    const QString path = parser.positionalArguments().value(0);
    // Once the window is up, so that a question or an error box has a parent to sit on. Work a
    // crashed workbench left unsaved comes first: restored, it is what the user is shown.
    QTimer::singleShot(0, &window, [&window, path] {
        const bool restored = window.recoveryController()->offerRestore();
        if (!path.isEmpty() && !restored)
            window.openFile(path);
    });
    return app.exec();
}
