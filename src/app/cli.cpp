#include "cli.h"

#include "helplayout.h"
#include "mode.h"
#include "signalwatcher.h"
#include "text/textlayout.h"
#include "trace/tracesession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <cmath>
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

// QCommandLineParser's help with our usage line (it would name the executable's full path
// and not the command), the description wrapped, and an examples section after the options.
QString helpText(const QCommandLineParser &parser, const CommandHelp &help)
{
    const int width = helpLineWidth();
    QString options = parser.helpText(); // "Usage: ...\n\nOptions:..." (no description set)
    options.remove(0, options.indexOf(u'\n') + 1);
    QString text = fitLines(tr("Usage: netbench %1 %2").arg(help.command, help.synopsis), width)
            + u'\n' + textlayout::wrapParagraph(help.description, width, 0, 0) + u'\n'
            + fitOptionLists(options, width);
    if (!help.reference.isEmpty())
        text += u'\n' + fitLines(help.reference, width);
    if (!help.examples.isEmpty()) {
        text += u'\n' + tr("Examples:") + u'\n';
        // A command line stays whole, to be copied as it is.
        for (const auto &[commandLine, what] : help.examples)
            text += u"  "_s + commandLine + u"\n      "_s
                    + textlayout::wrapParagraph(what, width, 6, 6) + u'\n';
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
    // Not addHelpOption(): its --help-all promises Qt's options, and a headless command
    // takes none (the window's does: `netbench gui --help-all`).
    const QCommandLineOption helpOption({u"h"_s, u"help"_s},
                                        tr("Displays help on commandline options."));
    parser.addOption(helpOption);
    // Only the long form: inside a command -v asks for more events, as it does of ncat.
    const QCommandLineOption versionOption(u"version"_s, tr("Displays version information."));
    parser.addOption(versionOption);
    // parse() takes the program name first; the command name stands in for it.
    if (!parser.parse(QStringList {help.command} + arguments))
        return usageError(help.command, parser.errorText());
    if (parser.isSet(helpOption)) {
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

std::optional<qint64> parseDuration(const QString &text)
{
    struct Unit
    {
        QStringView suffix;
        double ms;
    };
    // "ms" before "s", so that "500ms" is not read as "500m" + "s".
    static constexpr Unit Units[] = {{u"ms", 1}, {u"s", 1000}, {u"m", 60000}, {u"h", 3600000}};
    QStringView number = text;
    double scale = 1000; // ncat's default unit: seconds
    for (const Unit &unit : Units) {
        if (text.endsWith(unit.suffix)) {
            number.chop(unit.suffix.size());
            scale = unit.ms;
            break;
        }
    }
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!ok || number.isEmpty() || !number.front().isDigit() || !(value >= 0)
        || value * scale > double(INT_MAX))
        return std::nullopt;
    return std::llround(value * scale);
}

bool looksLikePath(const QString &word)
{
    return word.contains(u'/') || word.endsWith(u".sock"_s);
}

QString readPort(const QString &text, int *port)
{
    const std::optional<qint64> value = parseInteger(text, 0, 65535);
    if (!value)
        return tr("'%1' is not a port (a whole number from 0 to 65535)").arg(text);
    *port = int(*value);
    return {};
}

namespace {

// "[::1]" -> "::1"; anything else as it is.
QString withoutBrackets(const QString &host)
{
    return host.startsWith(u'[') && host.endsWith(u']') ? host.mid(1, host.size() - 2) : host;
}

// One word: "PORT", "HOST:PORT", "[V6]:PORT" or ":PORT".
QString readHostAndPort(const QString &word, bool hostRequired, Target *target)
{
    QString portText = word;
    if (word.startsWith(u'[')) {
        const qsizetype close = word.indexOf(u"]:"_s);
        if (close < 0)
            return tr("'%1' is not [HOST]:PORT").arg(word);
        target->host = word.mid(1, close - 1);
        portText = word.mid(close + 2);
    } else if (word.count(u':') > 1) {
        return tr("put an IPv6 address in brackets: [%1]:PORT").arg(word);
    } else if (const qsizetype colon = word.indexOf(u':'); colon >= 0) {
        target->host = word.left(colon);
        portText = word.mid(colon + 1);
    } else if (hostRequired) {
        if (parseInteger(word, 0, INT_MAX))
            return tr("missing HOST before port %1 (HOST PORT or HOST:PORT)").arg(word);
        return tr("missing PORT after %1 (HOST PORT or HOST:PORT; a Unix socket PATH has a "
                  "'/' or ends in .sock, or give -U)")
                .arg(word);
    }
    if (hostRequired && target->host.isEmpty())
        return tr("missing HOST before :%1").arg(portText);
    return readPort(portText, &target->port);
}

} // namespace

QString parseTarget(const QStringList &words, bool hostRequired, bool unixSocket, Target *target)
{
    if (words.isEmpty())
        return hostRequired ? tr("missing HOST PORT, HOST:PORT or PATH")
                            : tr("missing [HOST:]PORT or PATH");
    if (unixSocket || (words.size() == 1 && looksLikePath(words.constFirst()))) {
        if (words.size() > 1)
            return tr("unexpected argument '%1' after the Unix socket path").arg(words.at(1));
        target->path = words.constFirst();
        return {};
    }
    if (words.size() == 1)
        return readHostAndPort(words.constFirst(), hostRequired, target);
    if (words.size() > 2)
        return tr("unexpected argument '%1'").arg(words.at(2));
    if (!hostRequired && parseInteger(words.constFirst(), 0, INT_MAX))
        return tr("unexpected argument '%1' after the port").arg(words.at(1));
    target->host = withoutBrackets(words.constFirst()); // HOST PORT, as ncat takes them
    if (target->host.isEmpty())
        return tr("empty HOST");
    return readPort(words.at(1), &target->port);
}

QString familyMismatch(const Target &target, int family)
{
    // A name is resolved for the family; an address of the other family cannot be.
    const bool v6 = target.host.contains(u':');
    const bool v4 = !v6 && !target.host.isEmpty()
            && std::all_of(target.host.cbegin(), target.host.cend(),
                           [](QChar c) { return c.isDigit() || c == u'.'; });
    if ((v6 && family == 4) || (v4 && family == 6))
        return tr("%1 is not an IPv%2 address (-%2)").arg(target.host).arg(family);
    return {};
}

// The context named: inside a member of TraceArguments lupdate files tr() under that class,
// and the helper looks the text up under "cli".
TraceArguments::TraceArguments()
    : m_events(
            u"events"_s,
            QCoreApplication::translate(
                    "cli", "Print every event and call on standard error, one readable line each."))
    , m_verbose({u"v"_s, u"verbose"_s},
                QCoreApplication::translate(
                        "cli",
                        "More events on standard error: -v is --events, -vv adds the JSON Lines "
                        "records (as --trace -) unless --trace is given."))
    , m_trace(u"trace"_s,
              QCoreApplication::translate(
                      "cli",
                      "Write every event and call as JSON Lines to FILE ('-' for standard error)."),
              u"FILE"_s)
{ }

void TraceArguments::addTo(QCommandLineParser &parser) const
{
    parser.addOption(m_events);
    parser.addOption(m_verbose);
    parser.addOption(m_trace);
}

trace::TraceOptions TraceArguments::options(const QCommandLineParser &parser) const
{
    trace::TraceOptions options;
    // -v may be given many times ("-vv", "-v -v"); each adds a level.
    const qsizetype verbosity
            = parser.optionNames().count(u"v"_s) + parser.optionNames().count(u"verbose"_s);
    options.readableEvents = parser.isSet(m_events) || verbosity >= 1;
    options.jsonlPath = parser.value(m_trace);
    if (options.jsonlPath.isEmpty() && verbosity >= 2)
        options.jsonlPath = u"-"_s;
    options.transcriptCap = 0; // the command line writes records; nobody reads transcripts
    return options;
}

bool startTrace(trace::TraceSession &session)
{
    const auto report
            = [](const QString &error) { printMessage(tr("cannot write trace %1").arg(error)); };
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
