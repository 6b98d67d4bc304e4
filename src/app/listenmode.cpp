#include "listenmode.h"

#include "cli.h"
#include "stdiorelay.h"

#include "net/neterror.h"
#include "net/options.h"
#include "net/server.h"
#include "net/socket.h"
#include "session/autoreply.h"
#include "trace/tracesession.h"

#include <QCommandLineParser>

#include <climits>
#include <cstring>
#include <optional>

using namespace Qt::StringLiterals;
using netcore::NetError;
using netcore::Server;
using netcore::Socket;

namespace {

const QString Command = u"listen"_s;

// --echo and --discard are the window's auto-replies (one implementation in the session
// layer); the hex dump sees what they read and write back.
void autoReply(Socket *socket, session::AutoReply reply, StdioHexDump *dump)
{
    session::AutoReplyTap tap;
    tap.received = [socket, dump](const QByteArray &bytes) {
        dump->record(StdioHexDump::Direction::Received, StdioHexDump::peerName(socket), bytes);
    };
    tap.sent = [socket, dump](const QByteArray &bytes) {
        dump->record(StdioHexDump::Direction::Sent, StdioHexDump::peerName(socket), bytes);
    };
    session::attachAutoReply(socket, reply, tap);
}

} // namespace

ListenMode::ListenMode(const ListenSettings &settings, QObject *parent)
    : StdioMode(settings.stdio, parent)
    , m_settings(settings)
    , m_server(new Server(netcore::ServerOptions {.allowHalfOpen = settings.allowHalfOpen}, this))
{
    m_server->setMaxConnections(settings.maxConnections);
    connect(m_server, &Server::listening, this, &ListenMode::onListening);
    connect(m_server, &Server::errorOccurred, this, &ListenMode::onServerError);
    connect(m_server, &Server::acceptStalled, this, &ListenMode::onAcceptStalled);
    connect(m_server, &Server::newConnection, this, &ListenMode::onConnection);
    connect(m_relay, &StdioRelay::socketFinished, this,
            [this](Socket *, qint64 undeliveredBytes, const NetError &error) {
                onRelayFinished(undeliveredBytes, error);
            });
}

ListenMode::~ListenMode()
{
    delete m_server; // its connections close (and its Unix socket is unlinked) first
}

void ListenMode::start()
{
    if (!openHexDump()) {
        finish();
        return;
    }
    const cli::Target &target = m_settings.target;
    const NetError error = target.path.isEmpty() ? m_server->listen(target.port, target.host)
                                                 : m_server->listenOnPath(target.path);
    if (error) { // refused at the call: the command line asked for something impossible
        cli::printMessage(error.message());
        fail(cli::ExitUsage);
        finish();
    }
}

void ListenMode::onListening()
{
    // Scripts wait for this line to learn the port (the manual page quotes it): never translated.
    cli::printMessage(u"listening on "_s + m_server->address().toString());
}

void ListenMode::onServerError(const NetError &error)
{
    cli::printMessage(error.message());
    if (!m_server->isListening()) { // EADDRINUSE, EACCES...
        fail(cli::ExitFailure);
        finish();
    }
}

// Out of descriptors (or memory): the server turns the waiting clients away and goes on
// listening; said once per shortage, not once per client.
void ListenMode::onAcceptStalled(const NetError &error)
{
    cli::printMessage(tr("%1 (%2): new connections are turned away until some close")
                              .arg(error.message(),
                                   QString::fromLocal8Bit(std::strerror(-error.errnoValue()))));
}

void ListenMode::onConnection(Socket *socket)
{
    if (m_accepted && !m_settings.keepOpen) {
        socket->destroy(); // came in the same accept pass as the first one
        return;
    }
    m_accepted = true;
    if (m_settings.keepOpen)
        connect(socket, &Socket::closed, socket, &QObject::deleteLater);
    else
        m_server->close(); // stop accepting; the mode ends with this connection
    serve(socket);
}

void ListenMode::serve(Socket *socket)
{
    watchIdleTime(socket, !m_settings.keepOpen);
    switch (m_settings.action) {
    case ListenSettings::Action::Relay:
        m_relay->addSocket(socket); // onRelayFinished() reports how it ended
        answerByRules(socket);      // after the relay: a chunk is dumped before its reply
        return;
    case ListenSettings::Action::Echo:
        autoReply(socket, session::AutoReply::Echo, &m_hexDump);
        break;
    case ListenSettings::Action::Discard:
        autoReply(socket, session::AutoReply::Discard, &m_hexDump);
        break;
    }
    // With --keep-open one connection's error is reported and the others go on.
    connect(socket, &Socket::errorOccurred, this, [this](const NetError &error) {
        cli::printMessage(error.message());
        if (!m_settings.keepOpen)
            fail(cli::ExitFailure);
    });
    if (!m_settings.keepOpen)
        connect(socket, &Socket::closed, this, &ListenMode::finish);
}

void ListenMode::onRelayFinished(qint64 undeliveredBytes, const NetError &error)
{
    if (m_settings.keepOpen) {
        reportOneOfManyEnded(undeliveredBytes, error.message());
        return;
    }
    reportConnectionEnd(undeliveredBytes, error.message(), !m_settings.allowHalfOpen);
    finish();
}

void ListenMode::onOutputFailed()
{
    finish();
}

// No new client while standard output is flushed; a Unix socket's path goes at once.
void ListenMode::onInterrupted()
{
    m_server->close();
}

namespace {

// -4 and -6: with no host, every interface of that family.
QString applyFamily(ListenSettings *settings)
{
    cli::Target &target = settings->target;
    const int family = settings->stdio.family;
    if (family != 0 && target.path.isEmpty() && target.host.isEmpty())
        target.host = family == 4 ? u"0.0.0.0"_s : u"::"_s;
    return cli::familyMismatch(target, family);
}

// The command line of `netbench listen`.
struct CommandLine
{
    CommandLine();
    cli::CommandHelp help() const;
    // After parsing: fills settings in, or returns what is wrong.
    QString read(ListenSettings *settings) const;

    QCommandLineParser parser;
    const QCommandLineOption echo {
            u"echo"_s, ListenMode::tr("Send back what arrives, instead of standard I/O.")};
    const QCommandLineOption discard {u"discard"_s,
                                      ListenMode::tr("Read and drop what arrives; send nothing.")};
    const QCommandLineOption noHalfClose {
            u"no-half-close"_s,
            ListenMode::tr("When the peer ends its side, end ours too (Node's default, "
                           "allowHalfOpen: false); standard input not sent by then is reported "
                           "and the exit status is 1. Without it, standard input is sent to "
                           "its end. The default with --keep-open.")};
    const QCommandLineOption halfOpen {
            u"allow-half-open"_s,
            ListenMode::tr("Keep sending standard input after the peer ends its side (Node's "
                           "allowHalfOpen). The default, except with --keep-open.")};
    const QCommandLineOption maxConnections {
            u"max-connections"_s,
            ListenMode::tr("Drop connections beyond N open at a time (server.maxConnections)."),
            u"N"_s};
    const QCommandLineOption listen {
            {u"l"_s, u"listen"_s},
            ListenMode::tr(
                    "Accepted for ncat's habit (netbench -l PORT is netbench listen PORT).")};
    const QCommandLineOption keepOpen {
            {u"k"_s, u"keep-open"_s},
            ListenMode::tr("Keep accepting connections: standard input goes to all of them, and "
                           "what any of them sends goes to standard output. Stop with Ctrl+C.")};
    const StdioArguments stdio;
    const cli::TraceArguments trace;
};

CommandLine::CommandLine()
{
    parser.addPositionalArgument(
            u"address"_s,
            ListenMode::tr("[HOST:]PORT or HOST PORT for TCP (8080, 127.0.0.1:8080, "
                           "[::1]:8080, ::1 8080; port 0 picks a free port, printed on standard "
                           "error), or PATH for a Unix domain socket: a word with a '/' or "
                           "ending in .sock (any word with -U)."),
            u"[HOST:]PORT | HOST PORT | PATH"_s);
    parser.addOptions({listen, echo, discard, noHalfClose, halfOpen, maxConnections, keepOpen});
    stdio.addTo(parser);
    trace.addTo(parser);
}

cli::CommandHelp CommandLine::help() const
{
    return {Command,
            u"[options] [HOST:]PORT | HOST PORT | PATH"_s,
            ListenMode::tr("Listens for connections, like ncat -l. Standard input goes to the "
                           "connection and what arrives goes to standard output, byte for byte; "
                           "the end of standard input half-closes the connection (end()), and "
                           "standard input is sent to its end even after the peer has ended "
                           "its side. Without --keep-open it serves one connection and exits "
                           "when that has closed. Exit status: 0 when everything was "
                           "delivered, 1 for a network error or standard input that was not "
                           "delivered (the message says how many bytes), 2 for a bad command "
                           "line, 141 when standard output's reader went away."),
            {
                    {u"netbench listen 8080"_s,
                     ListenMode::tr("Serve one connection on port 8080 of every interface.")},
                    {u"netbench listen 127.0.0.1:0 --events"_s,
                     ListenMode::tr("Listen on a free loopback port and print every event.")},
                    {u"netbench listen [::1]:7000 --echo --keep-open"_s,
                     ListenMode::tr("An echo server on IPv6 loopback for any number of clients.")},
                    {u"netbench -lk -i 30 -x dump.txt 8080"_s,
                     ListenMode::tr("ncat's way: keep listening, close a connection idle for "
                                    "30 seconds, a hex dump of everything.")},
                    {u"netbench listen demo.sock --recv-only > received.bin"_s,
                     ListenMode::tr("Save what one client sends over a Unix socket in this "
                                    "folder; send nothing.")},
                    {u"netbench listen /tmp/demo.sock --trace trace.jsonl < /dev/null > received.bin"_s,
                     ListenMode::tr("Save what one client sends over a Unix socket, and record "
                                    "a trace.")},
                    {u"netbench listen -k 7000 --frame line --reply 'contains:PING=PONG ${count}\\r\\n'"_s,
                     ListenMode::tr("Answer every line with PING in it, numbering the answers.")},
                    {u"netbench listen 80 --frame line --reply 're,end:^GET (\\S+)=200 OK\\r\\n\\r\\n$1'"_s,
                     ListenMode::tr("Answer an HTTP request line with the path asked for, then "
                                    "end the connection.")},
                    {u"netbench listen 9000 --reply 'hex,delay=200ms:0102=hex:0304'"_s,
                     ListenMode::tr("Binary: 01 02 is answered 03 04 after 200 ms.")},
            },
            ReplyArguments::reference()};
}

QString CommandLine::read(ListenSettings *settings) const
{
    if (const QString message = stdio.read(parser, &settings->stdio); !message.isEmpty())
        return message;
    if (const QString message = cli::parseTarget(parser.positionalArguments(), false,
                                                 settings->stdio.unixSocket, &settings->target);
        !message.isEmpty())
        return message;
    if (const QString message = applyFamily(settings); !message.isEmpty())
        return message;
    if (parser.isSet(echo) && parser.isSet(discard))
        return ListenMode::tr("--echo and --discard exclude each other");
    if (settings->stdio.replyRules && (parser.isSet(echo) || parser.isSet(discard)))
        return ListenMode::tr("rules (--reply, --rules) and --%1 exclude each other")
                .arg(parser.isSet(echo) ? u"echo"_s : u"discard"_s);
    const StdioRelay::Options &relay = settings->stdio.relay;
    if ((parser.isSet(echo) || parser.isSet(discard))
        && (relay.sendOnly || relay.receiveOnly || relay.crlf))
        return ListenMode::tr("--%1 does not use standard I/O: -C, --send-only and --recv-only "
                              "do not apply")
                .arg(parser.isSet(echo) ? u"echo"_s : u"discard"_s);
    if (parser.isSet(echo))
        settings->action = ListenSettings::Action::Echo;
    else if (parser.isSet(discard))
        settings->action = ListenSettings::Action::Discard;
    if (parser.isSet(maxConnections)) {
        const QString text = parser.value(maxConnections);
        const std::optional<qint64> max = cli::parseInteger(text, 0, INT_MAX);
        if (!max)
            return ListenMode::tr("--max-connections needs a count, not '%1'").arg(text);
        settings->maxConnections = int(*max);
    }
    if (parser.isSet(noHalfClose) && parser.isSet(halfOpen))
        return ListenMode::tr("--no-half-close and --allow-half-open exclude each other");
    settings->keepOpen = parser.isSet(keepOpen);
    // Standard input shared by many clients may never end: with --keep-open a client that
    // hangs up is let go (as ncat -k does), unless asked otherwise.
    // Rules end a connection themselves once the peer has ended and its replies are out.
    settings->allowHalfOpen = parser.isSet(halfOpen)
            || (!parser.isSet(noHalfClose) && (!settings->keepOpen || settings->stdio.replyRules));
    return {};
}

} // namespace

int ListenMode::runCommand(const QStringList &arguments)
{
    CommandLine commandLine;
    if (const std::optional<int> exitCode
        = cli::parse(commandLine.parser, arguments, commandLine.help()))
        return *exitCode;
    ListenSettings settings;
    if (const QString message = commandLine.read(&settings); !message.isEmpty())
        return cli::usageError(Command, message);
    return cli::runMode(commandLine.trace.options(commandLine.parser),
                        [&settings] { return std::make_unique<ListenMode>(settings); });
}
