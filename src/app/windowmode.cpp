#include "windowmode.h"

#include "cli.h"
#include "helplayout.h"
#include "translators.h"

#include "gui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace WindowCommand {

namespace {

// Qt aborts when it finds no display; say what to do instead.
bool displayAvailable()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
            || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

} // namespace

int run(int argc, char *argv[])
{
    if (!displayAvailable()) {
        // A core application is enough to say so in the user's language.
        QCoreApplication app(argc, argv);
        const Translators translators;
        const QString message = QCoreApplication::translate(
                "main",
                "netbench: the window needs a display (X11 or Wayland), and none is set.\n"
                "Without one, use the headless commands: netbench run | listen | connect | "
                "relay | demo | lesson (netbench --help).\n");
        std::fputs(message.toLocal8Bit().constData(), stderr);
        return cli::ExitUsage;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"netbench"_s);
    // Wayland matches windows to packaging/netbench.desktop by this name.
    QGuiApplication::setDesktopFileName(u"netbench"_s);
    QApplication::setOrganizationName(u"netbench"_s);
    QApplication::setApplicationVersion(QStringLiteral(NETBENCH_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/netbench.svg"_s));

    const Translators translators;

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
            "main", "Opens the netbench window, with a saved workspace or trace if given."));
    parser.addHelpOption();
    parser.addPositionalArgument(
            u"file"_s,
            QApplication::translate("main",
                                    "A workspace (.json) to open, or a trace (.jsonl) to review."),
            u"[file]"_s);
    QStringList arguments = QApplication::arguments();
    if (arguments.size() > 1 && arguments.at(1) == u"gui")
        arguments.removeAt(1);
    // --help laid out for the terminal, as every command's; --help-all is Qt's own (only Qt can
    // list its options).
    if (parser.parse(arguments) && parser.isSet(u"help"_s) && !parser.isSet(u"help-all"_s)) {
        // Qt's usage line names the executable's full path: ours names the command.
        const int width = cli::helpLineWidth();
        QString options = parser.helpText();
        options.remove(0, options.indexOf(u'\n') + 1);
        const QString usage = QCoreApplication::translate("cli", "Usage: netbench %1 %2")
                                      .arg(u"gui"_s, u"[options] [file]"_s);
        const QString help
                = cli::fitLines(usage, width) + u'\n' + cli::fitOptionLists(options, width);
        std::fputs(help.toLocal8Bit().constData(), stdout);
        return cli::ExitOk;
    }
    parser.process(arguments);

    gui::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        const QString &path = files.constFirst();
        if (path.endsWith(u".jsonl"_s) || path.endsWith(u".ndjson"_s))
            window.openTraceFile(path);
        else
            window.openWorkspace(path);
    }
    return app.exec();
}

} // namespace WindowCommand
