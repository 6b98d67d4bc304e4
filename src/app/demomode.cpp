#include "demomode.h"

#include "cli.h"
#include "echodemo.h"

#include <QCommandLineParser>
#include <QTimer>

using namespace Qt::StringLiterals;

int DemoCommand::run(const QStringList &arguments)
{
    const QString command = u"demo"_s;
    QCommandLineParser parser;
    const QCommandLineOption unixOption(
            u"unix"_s,
            tr("Use a Unix domain socket in a temporary directory instead of TCP on "
               "127.0.0.1."));
    parser.addOption(unixOption);
    const cli::CommandHelp help {
            command,
            u"[options]"_s,
            tr("Shows what a socket connection does: starts a server, connects a client to it, "
               "sends a few lines that the server echoes, and prints every event on both "
               "sides."),
            {{u"netbench demo"_s, tr("The tour over TCP on 127.0.0.1.")},
             {u"netbench demo --unix"_s, tr("The same over a Unix domain socket.")}}};
    if (const std::optional<int> exitCode = cli::parse(parser, arguments, help))
        return *exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        return cli::usageError(
                command,
                tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    }

    EchoDemo demo(parser.isSet(unixOption) ? EchoDemo::Transport::Unix : EchoDemo::Transport::Tcp);
    // Queued, so that a failure inside start() still reaches a running loop.
    QObject::connect(
            &demo, &EchoDemo::finished, QCoreApplication::instance(),
            [](int exitCode) { QCoreApplication::exit(exitCode); }, Qt::QueuedConnection);
    QTimer::singleShot(0, &demo, &EchoDemo::start);
    return QCoreApplication::exec();
}
