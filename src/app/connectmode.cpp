#include "connectmode.h"

#include "cli.h"
#include "stdiorelay.h"

#include "net/neterror.h"
#include "net/options.h"
#include "net/socket.h"
#include "trace/tracesession.h"

#include <QCommandLineParser>

#include <climits>

using namespace Qt::StringLiterals;
using netcore::NetError;
using netcore::Socket;

namespace {

const QString Command = u"connect"_s;

} // namespace

ConnectMode::ConnectMode(const ConnectSettings &settings, QObject *parent)
    : StdioMode(parent)
    , m_settings(settings)
{ }

ConnectMode::~ConnectMode()
{
    delete m_socket; // closes before standard I/O goes away
}

void ConnectMode::start()
{
    m_socket = new Socket(netcore::SocketOptions {.allowHalfOpen = m_settings.allowHalfOpen}, this);
    connect(m_socket, &Socket::connected, this, [this] {
        m_relayed = true;
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

    netcore::ConnectOptions options = m_settings.path.isEmpty()
            ? netcore::ConnectOptions::tcp(m_settings.port, m_settings.host)
            : netcore::ConnectOptions::unixPath(m_settings.path);
    options.noDelay = m_settings.noDelay;
    options.keepAlive = m_settings.keepAliveMs.has_value();
    options.keepAliveInitialDelay = m_settings.keepAliveMs.value_or(0);
    options.timeout = m_settings.timeoutMs;
    if (const NetError error = m_socket->connectTo(options)) {
        // Refused at the call: the command line asked for something impossible.
        cli::printMessage(error.message());
        fail(cli::ExitUsage);
        finish();
    }
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
    m_failure = tr("no activity for %1 ms (--timeout); closed the connection")
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
    QString readTarget(const QStringList &positional, ConnectSettings *settings) const;

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
                            "connecting included (setTimeout(MS))."),
            u"MS"_s};
    const QCommandLineOption noHalfClose {
            u"no-half-close"_s,
            ConnectMode::tr("When the peer ends its side, end ours too (Node's default, "
                            "allowHalfOpen: false); standard input not sent by then is "
                            "reported and the exit status is 1. Without it, standard input is "
                            "sent to its end.")};
    const QCommandLineOption halfOpen {
            u"allow-half-open"_s,
            ConnectMode::tr("Accepted for older command lines: this is the default now.")};
    const cli::TraceArguments trace;
};

CommandLine::CommandLine()
{
    parser.addPositionalArgument(u"host"_s, ConnectMode::tr("Host name or IP address (TCP)."),
                                 u"HOST PORT | PATH"_s);
    parser.addPositionalArgument(u"port"_s, ConnectMode::tr("Port, 0 to 65535 (TCP)."), u""_s);
    parser.addPositionalArgument(
            u"path"_s, ConnectMode::tr("A Unix domain socket (with a '/'), instead of HOST PORT."),
            u""_s);
    parser.addOptions({noDelay, keepAlive, timeout, noHalfClose, halfOpen});
    trace.addTo(parser);
}

cli::CommandHelp CommandLine::help() const
{
    return {Command,
            u"[options] HOST PORT | PATH"_s,
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
            }};
}

QString CommandLine::readTarget(const QStringList &positional, ConnectSettings *settings) const
{
    switch (positional.size()) {
    case 0: return ConnectMode::tr("missing HOST PORT or PATH");
    case 1:
        // As for listen, a Unix socket path is told from a host by its '/'.
        if (cli::parseInteger(positional.constFirst(), 0, INT_MAX))
            return ConnectMode::tr("missing HOST before port %1").arg(positional.constFirst());
        if (!positional.constFirst().contains(u'/'))
            return ConnectMode::tr("missing PORT after %1 (a Unix socket PATH has a '/', "
                                   "e.g. ./name.sock)")
                    .arg(positional.constFirst());
        settings->path = positional.constFirst();
        return {};
    case 2: {
        QString host = positional.constFirst();
        if (host.startsWith(u'[') && host.endsWith(u']')) // [::1] as for listen
            host = host.mid(1, host.size() - 2);
        settings->host = host;
        const NetError error = netcore::parsePort(positional.at(1), &settings->port);
        return error ? error.message() : QString();
    }
    default: return ConnectMode::tr("unexpected argument '%1'").arg(positional.at(2));
    }
}

QString CommandLine::read(ConnectSettings *settings) const
{
    if (const QString message = readTarget(parser.positionalArguments(), settings);
        !message.isEmpty())
        return message;
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
