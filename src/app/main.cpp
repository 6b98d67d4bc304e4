#include "echodemo.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"netbench"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(NETBENCH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "main",
            "Shows what a socket connection does: starts a server, connects a client to it, "
            "sends a few lines that the server echoes, and prints every event on both sides."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption unixOption(
            u"unix"_s,
            QCoreApplication::translate(
                    "main",
                    "Use a Unix domain socket in a temporary directory instead of TCP "
                    "on 127.0.0.1."));
    parser.addOption(unixOption);
    parser.process(app);

    if (!parser.positionalArguments().isEmpty()) {
        const QString message = QCoreApplication::translate("main", "Unexpected argument: %1")
                                        .arg(parser.positionalArguments().constFirst());
        std::fprintf(stderr, "netbench: %s\n", qUtf8Printable(message));
        return 1;
    }

    EchoDemo demo(parser.isSet(unixOption) ? EchoDemo::Transport::Unix : EchoDemo::Transport::Tcp);
    // Queued, so that a failure inside start() still reaches a running loop.
    QObject::connect(
            &demo, &EchoDemo::finished, &app,
            [](int exitCode) { QCoreApplication::exit(exitCode); }, Qt::QueuedConnection);
    QTimer::singleShot(0, &demo, &EchoDemo::start);
    return QCoreApplication::exec();
}
