#pragma once

#include <QCommandLineOption>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;

namespace trace {
struct TraceOptions;
class TraceSession;
} // namespace trace

class Mode;

// What the subcommands share: exit codes, messages on stderr, help text, option parsing and
// the loop that runs a mode under a trace session.
namespace cli {

enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, // a network error (or another run-time failure), reported on stderr
    ExitUsage = 2,   // bad command line, reported on stderr
    // Standard output's reader went away (EPIPE, `| head`): quiet, with the status of a
    // program killed by SIGPIPE (128 + 13), as cat and ncat end.
    ExitOutputClosed = 141,
};

// "netbench: <message>" on stderr: errors, and the few notices a mode gives (where it listens).
void printMessage(const QString &message);
// "netbench <command>: <message>" and a pointer to --help on stderr; returns ExitUsage.
int usageError(const QString &command, const QString &message);

// What `netbench <command> --help` shows around QCommandLineParser's option list.
struct CommandHelp
{
    QString command;                             // "listen"
    QString synopsis;                            // "[options] [HOST:]PORT | PATH"
    QString description;                         // a paragraph, wrapped for the terminal
    QList<std::pair<QString, QString>> examples; // command line, what it does
    QString reference = {}; // laid out already (a syntax table): shown between options and examples
};

// Adds --help and --version, parses arguments (the words after the command name) and
// answers --help and --version. Returns an exit code when the program should stop now:
// ExitOk after --help or --version, ExitUsage (reported) for a bad command line.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments,
                         const CommandHelp &help);

// "12" -> 12 when it is a whole decimal number in [min, max]; nullopt otherwise.
std::optional<qint64> parseInteger(const QString &text, qint64 min, qint64 max);

// A time as ncat writes it: a number with an optional unit, ms, s, m or h, seconds without
// one ("500ms", "2.5", "1m"); milliseconds, or nullopt for anything else (negative included).
std::optional<qint64> parseDuration(const QString &text);

// Where listen binds or connect connects: TCP host and port, or a Unix socket path.
struct Target
{
    QString host; // empty: listen on every interface (connect: localhost)
    int port = 0;
    QString path; // a Unix domain socket when not empty
};

// The rule both commands state in --help: a word with a '/' or ending in ".sock" is a Unix
// socket path (any word is, with -U).
bool looksLikePath(const QString &word);

// A port from 0 to 65535 into *port; else what is wrong, in the command line's words.
QString readPort(const QString &text, int *port);

// The target words of listen and connect: "PORT" (listen only), "HOST:PORT", "[V6]:PORT",
// ":PORT", "HOST PORT", "[V6] PORT" or a PATH. Returns what is wrong, in the command
// line's words, or an empty string when target was filled in.
QString parseTarget(const QStringList &words, bool hostRequired, bool unixSocket, Target *target);

// -4 or -6 (family 4 or 6) with an address of the other family: what is wrong; else empty.
QString familyMismatch(const Target &target, int family);

// --events, -v and --trace FILE, offered by run, listen and connect.
class TraceArguments final
{
public:
    TraceArguments();
    void addTo(QCommandLineParser &parser) const;
    trace::TraceOptions options(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_events;
    QCommandLineOption m_verbose;
    QCommandLineOption m_trace;
};

// Opens the trace's outputs; false, reported ("cannot write trace PATH: reason"), when they
// cannot be opened. A later write failure is reported once, when it is found.
bool startTrace(trace::TraceSession &session);
// Flushes the trace. A trace not written in full fails a run that otherwise succeeded:
// returns ExitFailure for ExitOk then, and any other exitCode unchanged.
int finishTrace(trace::TraceSession &session, int exitCode);

// Records with a trace::TraceSession while the mode runs on the event loop; SIGINT and
// SIGTERM reach Mode::interrupt(). Returns the mode's exit code (ExitUsage when the trace
// cannot be opened, ExitFailure when it could not be written and the mode succeeded).
int runMode(const trace::TraceOptions &traceOptions,
            const std::function<std::unique_ptr<Mode>()> &createMode);

} // namespace cli
