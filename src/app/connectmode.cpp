#include "connectmode.h"

#include "cli.h"
#include "stdiorelay.h"

#include "net/neterror.h"
#include "net/options.h"
#include "net/socket.h"
#include "trace/tracesession.h"

#include <QCommandLineParser>
#include <QTimer>

#include <climits>

using namespace Qt::StringLiterals;
using netcore::NetError;
using netcore::Socket;

namespace {

const QString Command = u"connect"_s;

} // namespace

ConnectMode::ConnectMode(const ConnectSettings &settings, QObject *parent)
    : StdioMode(settings.stdio, parent)
    , m_settings(settings)
{ }

ConnectMode::~ConnectMode()
{
    delete m_socket; // closes before standard I/O goes away
}

void ConnectMode::start()
{
    if (!openHexDump()) {
        finish();
        return;
    }
    m_socket = new Socket(netcore::SocketOptions {.allowHalfOpen = m_settings.allowHalfOpen}, this);
    connect(m_socket, &Socket::connected, this, [this] {
        m_connected = true;
        m_relayed = true;
        answerByRules(m_socket);
        m_relay->addSocket(m_socket);
    });
    connect(m_socket, &Socket::errorOccurred, this, [this](const NetError &error) {
        if (m_failure.isEmpty())
            m_failure = error.message();
    });
    connect(m_socket, &Socket::timedOut, this, &ConnectMode::onTimedOut);
    connect(m_socket, &Socket::closed, this, &ConnectMode::onClosed);
    connect(m_relay, &StdioRelay::socketFinished, this,
            [this](Socket *, qint64 undeliveredBytes) { onRelayFinished(undeliveredBytes); });

    const cli::Target &target = m_settings.target;
    netcore::ConnectOptions options = target.path.isEmpty()
            ? netcore::ConnectOptions::tcp(target.port, target.host)
            : netcore::ConnectOptions::unixPath(target.path);
    options.family = m_settings.stdio.family;
    options.noDelay = m_settings.noDelay;
    options.keepAlive = m_settings.keepAliveMs.has_value();
    options.keepAliveInitialDelay = m_settings.keepAliveMs.value_or(0);
    options.timeout = m_settings.timeoutMs;
    if (const NetError error = m_socket->connectTo(options)) {
        // Refused at the call: the command line asked for something impossible.
        cli::printMessage(error.message());
        fail(cli::ExitUsage);
        finish();
        return;
    }
    if (m_settings.connectTimeoutMs)
        QTimer::singleShot(*m_settings.connectTimeoutMs, this, &ConnectMode::onConnectTimeout);
}

void ConnectMode::onConnectTimeout()
{
    if (m_connected || m_socket->isDestroyed())
        return;
    m_failure = tr("connect timed out after %1 ms (-w)").arg(*m_settings.connectTimeoutMs);
    m_socket->destroy();
}

// A connection that never opened (refused, unreachable, timed out connecting); an open one
// is reported by onRelayFinished().
void ConnectMode::onClosed()
{
    if (m_relayed)
        return;
    if (!m_failure.isEmpty() && !hasOutputFailed()) {
        cli::printMessage(m_failure);
        fail(cli::ExitFailure);
    }
    finish();
}

void ConnectMode::onRelayFinished(qint64 undeliveredBytes)
{
    reportConnectionEnd(undeliveredBytes, m_failure, !m_settings.allowHalfOpen);
    finish();
}

void ConnectMode::onTimedOut()
{
    m_failure = tr("no activity for %1 ms (--timeout, -i); closed the connection")
                        .arg(m_settings.timeoutMs.value_or(0));
    m_socket->destroy();
}

void ConnectMode::onOutputFailed()
{
    if (m_socket && !m_socket->isDestroyed())
        m_socket->destroy(); // closed() finishes
    else
        finish();
}

namespace {

// The command line of `netbench connect`.
struct CommandLine
{
    CommandLine();
    cli::CommandHelp help() const;
    // After parsing: fills settings in, or returns what is wrong.
    QString read(ConnectSettings *settings) const;

    QCommandLineParser parser;
    const QCommandLineOption noDelay {
            u"no-delay"_s, ConnectMode::tr("Turn Nagle's algorithm off (setNoDelay()).")};
    const QCommandLineOption keepAlive {
            u"keep-alive"_s,
            ConnectMode::tr("Turn TCP keep-alive on, first probe after MS milliseconds idle "
                            "(setKeepAlive(true, MS))."),
            u"MS"_s};
    const QCommandLineOption timeout {
            u"timeout"_s,
            ConnectMode::tr("Give up (exit status 1) after MS milliseconds without traffic, "
                            "connecting included (setTimeout(MS)); -i in milliseconds."),
            u"MS"_s};
    const QCommandLineOption wait {
            {u"w"_s, u"wait"_s},
            ConnectMode::tr("Give up connecting after TIME (exit status 1); TIME as for -i."),
            u"TIME"_s};
    const QCommandLineOption noHalfClose {
            u"no-half-close"_s,
            ConnectMode::tr("When the peer ends its side, end ours too (Node's default, "
                            "allowHalfOpen: false); standard input not sent by then is "
                            "reported and the exit status is 1. Without it, standard input is "
                            "sent to its end.")};
    const QCommandLineOption halfOpen {
            u"allow-half-open"_s,
            ConnectMode::tr("Accepted for older command lines: this is the default now.")};
    const StdioArguments stdio;
    const cli::TraceArguments trace;
};

CommandLine::CommandLine()
{
    parser.addPositionalArgument(
            u"target"_s,
            ConnectMode::tr("HOST PORT, HOST:PORT or [IPV6]:PORT for TCP (port 0 to 65535), "
                            "or PATH for a Unix domain socket: a word with a '/' or ending in "
                            ".sock (any word with -U)."),
            u"HOST PORT | HOST:PORT | PATH"_s);
    parser.addOptions({noDelay, keepAlive, timeout, wait, noHalfClose, halfOpen});
    stdio.addTo(parser);
    trace.addTo(parser);
}

cli::CommandHelp CommandLine::help() const
{
    return {Command,
            u"[options] HOST PORT | HOST:PORT | PATH"_s,
            ConnectMode::tr("Connects to a server, like ncat. Standard input goes to the "
                            "connection and what arrives goes to standard output, byte for "
                            "byte; the end of standard input half-closes the connection "
                            "(end()), and standard input is sent to its end even after the "
                            "peer has ended its side. Exits when both sides have ended and the "
                            "connection has closed. Exit status: 0 when everything was "
                            "delivered, 1 for a network error (the message has Node's code, "
                            "e.g. connect ECONNREFUSED 127.0.0.1:9) or standard input that was "
                            "not delivered (the message says how many bytes), 2 for a bad "
                            "command line, 141 when standard output's reader went away."),
            {
                    {u"echo hello | netbench connect 127.0.0.1 8080"_s,
                     ConnectMode::tr("Send a line, print the answer, exit when the server "
                                     "closes.")},
                    {u"netbench connect localhost 8080 --events < request.bin"_s,
                     ConnectMode::tr("Send a file and print every event on standard error.")},
                    {u"netbench connect /tmp/demo.sock --trace -"_s,
                     ConnectMode::tr("Talk to a Unix socket, with the JSON Lines trace on "
                                     "standard error.")},
                    {u"netbench connect ::1 7000 --no-delay --keep-alive 1000 --timeout 5000"_s,
                     ConnectMode::tr("Socket options as in Node's socket.connect().")},
                    {u"printf 'GET / HTTP/1.0\\n\\n' | netbench connect -C -w 5 -x dump.txt [::1]:8080"_s,
                     ConnectMode::tr("ncat's options: lines end in CR LF, give up connecting "
                                     "after 5 seconds, a hex dump of both directions.")},
                    {u"netbench connect 127.0.0.1 7000 --frame line --reply 'exact:PING=PONG\\n'"_s,
                     ConnectMode::tr("A client that answers its server's PING lines until the "
                                     "server ends.")},
            },
            ReplyArguments::reference()};
}

QString CommandLine::read(ConnectSettings *settings) const
{
    if (const QString message = stdio.read(parser, &settings->stdio); !message.isEmpty())
        return message;
    if (const QString message = cli::parseTarget(parser.positionalArguments(), true,
                                                 settings->stdio.unixSocket, &settings->target);
        !message.isEmpty())
        return message;
    if (const QString message = cli::familyMismatch(settings->target, settings->stdio.family);
        !message.isEmpty())
        return message;
    if (parser.isSet(wait)) {
        const QString text = parser.value(wait);
        const std::optional<qint64> ms = cli::parseDuration(text);
        if (!ms || *ms == 0)
            return ConnectMode::tr("-w/--wait needs a time above 0 such as 5, 5s or 500ms, "
                                   "not '%1'")
                    .arg(text);
        settings->connectTimeoutMs = *ms;
    }
    if (parser.isSet(timeout) && settings->stdio.idleTimeoutMs)
        return ConnectMode::tr("--timeout and -i/--idle-timeout are the same; give one");
    settings->timeoutMs = settings->stdio.idleTimeoutMs;
    for (const QCommandLineOption *option : {&keepAlive, &timeout}) {
        if (!parser.isSet(*option))
            continue;
        const QString text = parser.value(*option);
        const std::optional<qint64> ms = cli::parseInteger(text, 0, INT_MAX);
        if (!ms)
            return ConnectMode::tr("--%1 needs milliseconds, not '%2'")
                    .arg(option->names().constFirst(), text);
        if (option == &keepAlive)
            settings->keepAliveMs = int(*ms);
        else
            settings->timeoutMs = *ms;
    }
    settings->noDelay = parser.isSet(noDelay);
    if (parser.isSet(noHalfClose) && parser.isSet(halfOpen))
        return ConnectMode::tr("--no-half-close and --allow-half-open exclude each other");
    settings->allowHalfOpen = !parser.isSet(noHalfClose);
    return {};
}

} // namespace

int ConnectMode::runCommand(const QStringList &arguments)
{
    CommandLine commandLine;
    if (const std::optional<int> exitCode
        = cli::parse(commandLine.parser, arguments, commandLine.help()))
        return *exitCode;
    ConnectSettings settings;
    if (const QString message = commandLine.read(&settings); !message.isEmpty())
        return cli::usageError(Command, message);
    return cli::runMode(commandLine.trace.options(commandLine.parser),
                        [&settings] { return std::make_unique<ConnectMode>(settings); });
}
