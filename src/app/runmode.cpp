#include "runmode.h"

#include "cli.h"
#include "signalwatcher.h"

#include "script/scriptrunner.h"
#include "session/threadinbox.h"
#include "trace/tracesession.h"

#include <QCommandLineParser>
#include <QThread>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString Command = u"run"_s;

cli::CommandHelp help()
{
    return {Command,
            u"[options] FILE.js [ARGS...]"_s,
            RunCommand::tr(
                    "Runs a Node-style script that uses require('net') on netbench's own "
                    "implementation of Node's net module, without a window. The exit status is the "
                    "script's (process.exitCode, process.exit(), 1 for an uncaught exception). "
                    "Options go before FILE.js; everything after it is the script's."),
            {
                    {u"netbench run echo-server.js"_s,
                     RunCommand::tr("Run a script until nothing keeps it alive, as node does.")},
                    {u"netbench run --trace trace.jsonl client.js 127.0.0.1 8080"_s,
                     RunCommand::tr("Pass arguments to the script (process.argv) and record "
                                    "its events as JSON Lines.")},
                    {u"netbench run --events lesson.js --verbose"_s,
                     RunCommand::tr("Print every event on standard error; --verbose goes to "
                                    "the script.")},
            }};
}

} // namespace

int RunCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_s, tr("The script to run."), u"FILE.js"_s);
    parser.addPositionalArgument(u"args"_s, tr("Arguments for the script (process.argv)."),
                                 u"[ARGS...]"_s);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const cli::TraceArguments traceArguments;
    traceArguments.addTo(parser);
    const QCommandLineOption maxMemory(
            u"max-memory"_s,
            tr("End the script (exit status 134, as node at its heap limit) when the process "
               "holds more than MIB mebibytes. Default: half the physical memory, at most "
               "4096."),
            u"MIB"_s);
    parser.addOption(maxMemory);
    if (const std::optional<int> exitCode = cli::parse(parser, arguments, help()))
        return *exitCode;
    qint64 maxMemoryMiB = 0;
    if (parser.isSet(maxMemory)) {
        bool ok = false;
        maxMemoryMiB = parser.value(maxMemory).toLongLong(&ok);
        if (!ok || maxMemoryMiB <= 0)
            return cli::usageError(Command, tr("--max-memory takes a number of MiB above 0"));
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return cli::usageError(Command, tr("missing FILE.js"));

    // Without --trace or --events nothing observes netcore, which then records nothing at all.
    const trace::TraceOptions traceOptions = traceArguments.options(parser);
    std::optional<trace::TraceSession> session;
    if (traceOptions.readableEvents || !traceOptions.jsonlPath.isEmpty()) {
        session.emplace(traceOptions);
        if (!cli::startTrace(*session))
            return cli::ExitUsage;
    }
    script::RunOptions options;
    options.scriptPath = positional.constFirst();
    options.arguments = positional.mid(1);
    options.stopHandle = std::make_shared<script::StopHandle>();
    options.maxMemory = maxMemoryMiB * 1024 * 1024;
    // Ctrl+C and SIGTERM end the script as they end node (exit code 130 or 143, no 'exit'
    // listeners), but through the run, so the trace is flushed. The watcher has a thread of
    // its own: the signal must work while the script's JavaScript never yields to the loop.
    // Calls go to that thread through an inbox, where ThreadSanitizer sees the hand-off.
    QThread signalThread;
    signalThread.setObjectName(u"netbench signals"_s);
    session::ThreadInbox signalInbox;
    signalInbox.moveToThread(&signalThread);
    signalThread.start();
    SignalWatcher *watcher = nullptr;
    signalInbox.postAndWait([&watcher, stop = options.stopHandle] {
        watcher = new SignalWatcher;
        QObject::connect(watcher, &SignalWatcher::signalled, watcher,
                         [stop](int signalNumber) { stop->requestStop(128 + signalNumber); });
    });
    const int exitCode = script::runScript(options);
    signalInbox.postAndWait([watcher] { delete watcher; });
    signalThread.quit();
    signalThread.wait();
    return session ? cli::finishTrace(*session, exitCode) : exitCode;
}
