#include "cli.h"

#include "mode.h"
#include "signalwatcher.h"
#include "trace/tracesession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

void writeTo(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// Breaks a paragraph at spaces into lines of at most 79 characters, each after indent spaces.
QString wrapped(const QString &paragraph, qsizetype indent = 0)
{
    const qsizetype width = 79 - indent;
    const QString margin(indent, u' ');
    QString text = margin;
    qsizetype lineLength = 0;
    for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
        if (lineLength > 0 && lineLength + 1 + word.size() > width) {
            text += u'\n' + margin;
            lineLength = 0;
        } else if (lineLength > 0) {
            text += u' ';
            ++lineLength;
        }
        text += word;
        lineLength += word.size();
    }
    return text;
}

// QCommandLineParser's help with our usage line (it would name the executable's full path
// and not the command), the description wrapped, and an examples section after the options.
QString helpText(const QCommandLineParser &parser, const CommandHelp &help)
{
    QString text = parser.helpText(); // "Usage: ...\n\nOptions:..." (no description set)
    text.remove(0, text.indexOf(u'\n') + 1);
    text.prepend(tr("Usage: netbench %1 %2").arg(help.command, help.synopsis) + u'\n'
                 + wrapped(help.description) + u'\n');
    if (!help.examples.isEmpty()) {
        text += u'\n' + tr("Examples:") + u'\n';
        for (const auto &[commandLine, what] : help.examples)
            text += u"  "_s + commandLine + u'\n' + wrapped(what, 6) + u'\n';
    }
    return text;
}

} // namespace

void printMessage(const QString &message)
{
    writeTo(stderr, u"netbench: "_s + message + u'\n');
}

int usageError(const QString &command, const QString &message)
{
    writeTo(stderr,
            u"netbench "_s + command + u": "_s + message + u'\n'
                    + tr("Try 'netbench %1 --help' for more information.").arg(command) + u'\n');
    return ExitUsage;
}

std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments,
                         const CommandHelp &help)
{
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    // parse() takes the program name first; the command name stands in for it.
    if (!parser.parse(QStringList {help.command} + arguments))
        return usageError(help.command, parser.errorText());
    if (parser.isSet(helpOption) || parser.isSet(u"help-all"_s)) {
        writeTo(stdout, helpText(parser, help));
        return ExitOk;
    }
    if (parser.isSet(versionOption)) {
        writeTo(stdout,
                QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion()
                        + u'\n');
        return ExitOk;
    }
    return std::nullopt;
}

std::optional<qint64> parseInteger(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok, 10);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

TraceArguments::TraceArguments()
    : m_events(u"events"_s,
               tr("Print every event and call on standard error, one readable line each."))
    , m_trace(u"trace"_s,
              tr("Write every event and call as JSON Lines to FILE ('-' for standard error)."),
              u"FILE"_s)
{ }

void TraceArguments::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_events);
    parser.addOption(m_trace);
}

trace::TraceOptions TraceArguments::options(const QCommandLineParser &parser) const
{
    trace::TraceOptions options;
    options.readableEvents = parser.isSet(m_events);
    options.jsonlPath = parser.value(m_trace);
    options.transcriptCap = 0;  // the command line writes records; nobody reads transcripts
    return options;
}

bool startTrace(trace::TraceSession &session)
{
    const auto report = [](const QString &error) {
        printMessage(tr("cannot write trace %1").arg(error));
    };
    QString error;
    if (!session.start(&error)) {
        report(error);
        return false;
    }
    session.setWriteErrorHandler(report);
    return true;
}

int finishTrace(trace::TraceSession &session, int exitCode)
{
    session.flush(); // reports a write error not reported yet
    if (exitCode == ExitOk && !session.writeError().isEmpty())
        return ExitFailure;
    return exitCode;
}

int runMode(const trace::TraceOptions &traceOptions,
            const std::function<std::unique_ptr<Mode>()> &createMode)
{
    trace::TraceSession session(traceOptions);
    if (!startTrace(session))
        return ExitUsage;
    int exitCode = ExitOk;
    {
        const std::unique_ptr<Mode> mode = createMode();
        SignalWatcher signalWatcher;
        QObject::connect(&signalWatcher, &SignalWatcher::signalled, mode.get(), &Mode::interrupt);
        // Queued: a mode that finishes inside start() still reaches a running loop.
        QObject::connect(
                mode.get(), &Mode::finished, QCoreApplication::instance(),
                [](int code) { QCoreApplication::exit(code); }, Qt::QueuedConnection);
        QTimer::singleShot(0, mode.get(), &Mode::start);
        exitCode = QCoreApplication::exec();
    } // the mode's sockets and servers close here, while the trace still records
    return finishTrace(session, exitCode);
}

} // namespace cli
