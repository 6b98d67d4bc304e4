#include "relaymode.h"

#include "cli.h"

#include "session/relay.h"
#include "session/relayconnection.h"

#include "net/neterror.h"
#include "net/server.h"
#include "net/socket.h"
#include "trace/tracesession.h"

#include <QCommandLineParser>

#include <climits>
#include <optional>

using namespace Qt::StringLiterals;
using netcore::NetError;
using netcore::Socket;
using session::DirectionFaults;
using session::RelayConnection;

namespace {

const QString Command = u"relay"_s;

// A Unix client is usually unbound: it has no path to show.
QString describe(const netcore::SocketAddress &address)
{
    const QString text = address.toString();
    return text.isEmpty() ? RelayMode::tr("(unnamed)") : text;
}

QString describeTarget(const netcore::ConnectOptions &target)
{
    if (!target.port)
        return target.path;
    return target.host.contains(u':') ? u"[%1]:%2"_s.arg(target.host).arg(*target.port)
                                      : u"%1:%2"_s.arg(target.host).arg(*target.port);
}

} // namespace

RelayMode::RelayMode(const RelaySettings &settings, QObject *parent)
    : Mode(parent)
    , m_relay(new session::Relay(settings.listen, settings.target, this))
{
    m_relay->setFaults(settings.faults);
    m_relay->setConnectTimeoutMs(settings.connectTimeoutMs);
    connect(m_relay, &session::Relay::listening, this, &RelayMode::onListening);
    connect(m_relay, &session::Relay::errorOccurred, this, &RelayMode::onServerError);
    connect(m_relay, &session::Relay::connectionOpened, this, [](RelayConnection *connection) {
        connect(connection, &RelayConnection::established, connection, [connection] {
            cli::printMessage(RelayMode::tr("#%1 %2 -> %3: relaying")
                                      .arg(connection->number())
                                      .arg(describe(connection->client()->remote()),
                                           describe(connection->server()->remote())));
        });
    });
    connect(m_relay, &session::Relay::connectionRefused, this, [](Socket *client) {
        cli::printMessage(RelayMode::tr("refused %1").arg(describe(client->remote())));
    });
    connect(m_relay, &session::Relay::connectionFinished, this, &RelayMode::onConnectionFinished);
}

RelayMode::~RelayMode() = default;

void RelayMode::start()
{
    if (const NetError error = m_relay->start()) {
        cli::printMessage(error.message());
        Q_EMIT finished(cli::ExitUsage);
    }
}

void RelayMode::onListening()
{
    // Scripts wait for this line to learn the port (as of listen): never translated.
    cli::printMessage(u"listening on "_s + describe(m_relay->server()->address()));
    cli::printMessage(tr("relaying to %1").arg(describeTarget(m_relay->target())));
}

void RelayMode::onServerError(const NetError &error)
{
    cli::printMessage(error.message());
    if (!m_relay->server()->isListening()) // EADDRINUSE, EACCES...
        Q_EMIT finished(cli::ExitFailure);
}

void RelayMode::onConnectionFinished(RelayConnection *connection, const NetError &error)
{
    if (connection->connectTimedOut()) {
        cli::printMessage(tr("#%1 reset: the target did not answer within %2 ms "
                             "(--connect-timeout)")
                                  .arg(connection->number())
                                  .arg(m_relay->connectTimeoutMs()));
        return;
    }
    QString line = tr("#%1 closed: %2 bytes to the server, %3 to the client")
                           .arg(connection->number())
                           .arg(connection->clientToServerBytes())
                           .arg(connection->serverToClientBytes());
    if (error)
        line += u" ("_s + error.message() + u')';
    cli::printMessage(line);
}

namespace {

// "8080" (LISTEN only: every interface), "HOST:PORT", "[V6]:PORT", or a Unix socket path (a
// word with a '/' or ending in .sock, as listen and connect take it). Returns an error
// message, empty when it was read.
QString parseEndpoint(const QString &text, bool listening, QString *host, int *port, QString *path)
{
    if (cli::looksLikePath(text)) {
        *path = text;
        return {};
    }
    QString portText = text;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u"]:"_s);
        if (close < 0)
            return RelayMode::tr("'%1' is not [HOST]:PORT").arg(text);
        *host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
    } else if (text.count(u':') > 1) {
        return RelayMode::tr("put an IPv6 address in brackets: [%1]:PORT").arg(text);
    } else if (const qsizetype colon = text.indexOf(u':'); colon >= 0) {
        *host = text.left(colon);
        portText = text.mid(colon + 1);
    } else if (!listening) {
        return RelayMode::tr("the target '%1' is neither HOST:PORT nor a PATH").arg(text);
    }
    if (!listening && host->isEmpty())
        return RelayMode::tr("the target '%1' has no host").arg(text);
    if (const QString message = cli::readPort(portText, port); !message.isEmpty())
        return message;
    if (!listening && *port == 0)
        return RelayMode::tr("the target's port cannot be 0");
    return {};
}

// One fault's three options: --NAME for both directions, --c2s-NAME and --s2c-NAME for one
// (a direction's own option wins over the one for both).
struct FaultOption
{
    FaultOption(const QString &name, const QString &what, const QString &valueName)
        : both(name, what + u' ' + RelayMode::tr("Both directions."), valueName)
        , toServer(u"c2s-"_s + name, RelayMode::tr("As --%1, client to server only.").arg(name),
                   valueName)
        , toClient(u"s2c-"_s + name, RelayMode::tr("As --%1, server to client only.").arg(name),
                   valueName)
    { }
    void addTo(QCommandLineParser &parser) const { parser.addOptions({both, toServer, toClient}); }
    // Calls apply(value, faults) for each direction it was given for; the first error wins.
    template<typename Apply>
    QString read(const QCommandLineParser &parser, session::RelayFaults *faults,
                 Apply &&apply) const
    {
        const std::pair<const QCommandLineOption *, DirectionFaults *> targets[]
                = {{&both, &faults->clientToServer},
                   {&both, &faults->serverToClient},
                   {&toServer, &faults->clientToServer},
                   {&toClient, &faults->serverToClient}};
        for (const auto &[option, direction] : targets) {
            if (!parser.isSet(*option))
                continue;
            const QString value = parser.value(*option);
            if (!apply(value, direction))
                return RelayMode::tr("--%1 needs %2, not '%3'")
                        .arg(option->names().constFirst(), option->valueName(), value);
        }
        return {};
    }

    QCommandLineOption both;
    QCommandLineOption toServer;
    QCommandLineOption toClient;
};

constexpr qint64 MaxCount = LLONG_MAX / 1000; // keeps byte and time arithmetic in range

bool readCount(const QString &text, qint64 min, qint64 *value)
{
    const std::optional<qint64> number = cli::parseInteger(text, min, MaxCount);
    if (number)
        *value = *number;
    return number.has_value();
}

bool readOptionalCount(const QString &text, std::optional<qint64> *value)
{
    qint64 number = 0;
    if (!readCount(text, 0, &number))
        return false;
    *value = number;
    return true;
}

// "N" or "MIN-MAX", from 1 byte to 1 GiB.
bool readPieces(const QString &text, DirectionFaults *faults)
{
    const QStringList parts = text.split(u'-');
    if (parts.size() > 2)
        return false;
    const std::optional<qint64> low = cli::parseInteger(parts.constFirst(), 1, 1 << 30);
    const std::optional<qint64> high
            = parts.size() == 2 ? cli::parseInteger(parts.constLast(), 1, 1 << 30) : low;
    if (!low || !high || *high < *low)
        return false;
    faults->pieceMin = *low;
    faults->pieceMax = *high;
    return true;
}

// The command line of `netbench relay`.
struct CommandLine
{
    CommandLine();
    cli::CommandHelp help() const;
    QString read(RelaySettings *settings) const;
    QString readFaults(session::RelayFaults *faults) const;

    QCommandLineParser parser;
    const FaultOption latency {
            u"latency"_s, RelayMode::tr("Hold each chunk MS milliseconds before forwarding it."),
            u"MS"_s};
    const FaultOption bandwidth {
            u"bandwidth"_s, RelayMode::tr("Forward at most BYTES bytes per second."), u"BYTES"_s};
    const FaultOption chunk {u"chunk"_s,
                             RelayMode::tr("Forward in pieces of SIZE bytes, or of a random size "
                                           "in MIN-MAX for each piece, one write each."),
                             u"SIZE|MIN-MAX"_s};
    const FaultOption chunkPause {u"chunk-pause"_s,
                                  RelayMode::tr("Wait MS milliseconds after each piece (with "
                                                "--chunk)."),
                                  u"MS"_s};
    const FaultOption holdAfter {u"hold-after"_s,
                                 RelayMode::tr("Forward BYTES bytes, then nothing more: what "
                                               "arrives waits, the sender's backpressure builds "
                                               "(0: hold from the start)."),
                                 u"BYTES"_s};
    const FaultOption finAfter {u"fin-after"_s,
                                RelayMode::tr("Forward BYTES bytes, then end() towards the "
                                              "receiver (FIN) and drop the rest; the other "
                                              "direction goes on."),
                                u"BYTES"_s};
    const FaultOption rstAfter {u"rst-after"_s,
                                RelayMode::tr("Forward BYTES bytes, then reset both legs (RST: "
                                              "both peers see ECONNRESET)."),
                                u"BYTES"_s};
    const FaultOption cutAfter {u"cut-after"_s,
                                RelayMode::tr("Forward exactly BYTES bytes and end() to the "
                                              "receiver, then close the sender's leg and "
                                              "forward nothing more."),
                                u"BYTES"_s};
    const QCommandLineOption connectTimeout {
            u"connect-timeout"_s,
            RelayMode::tr("Reset a client whose target connection is not up after MS "
                          "milliseconds (default %1; 0: wait as long as the kernel retries).")
                    .arg(session::Relay::DefaultConnectTimeoutMs),
            u"MS"_s};
    const QCommandLineOption refuseAfter {
            u"refuse-after"_s,
            RelayMode::tr("Relay N clients, then reset every new one at once (0: refuse all)."),
            u"N"_s};
    const cli::TraceArguments trace;
};

CommandLine::CommandLine()
{
    parser.addPositionalArgument(
            u"LISTEN"_s,
            RelayMode::tr("Where clients connect: [HOST:]PORT ([::1]:PORT for IPv6; port 0 "
                          "picks a free one) or a Unix socket PATH (a word with a '/' or ending in "
                          ".sock)."),
            u"LISTEN"_s);
    parser.addPositionalArgument(
            u"TARGET"_s,
            RelayMode::tr("The server each client is relayed to: HOST:PORT, [V6]:PORT or PATH."),
            u"TARGET"_s);
    for (const FaultOption *option :
         {&latency, &bandwidth, &chunk, &chunkPause, &holdAfter, &finAfter, &rstAfter, &cutAfter})
        option->addTo(parser);
    parser.addOption(connectTimeout);
    parser.addOption(refuseAfter);
    trace.addTo(parser);
}

cli::CommandHelp CommandLine::help() const
{
    return {Command,
            u"[options] LISTEN TARGET"_s,
            RelayMode::tr("Relays every client that connects to LISTEN to its own connection "
                          "to TARGET, TCP or Unix on either side, byte for byte and in order, "
                          "until interrupted. Each client is read only once its target "
                          "connection is up; if the target cannot be reached, or does not "
                          "answer within --connect-timeout, the client is reset (ECONNRESET; a "
                          "Unix client sees its connection close). "
                          "Backpressure passes through (a slow reader "
                          "slows its writer), each direction half-closes on its own, and a "
                          "reset on one leg resets the other. Faults change that on purpose: "
                          "--NAME applies to both directions, --c2s-NAME (client to server) "
                          "and --s2c-NAME (server to client) to one, and win over --NAME. One "
                          "line per connection goes to standard error. Exit status: 1 when it "
                          "cannot listen, 2 for a bad command line, 128+N after signal N."),
            {
                    {u"netbench relay 127.0.0.1:8081 127.0.0.1:8080"_s,
                     RelayMode::tr("Put netbench between clients of port 8081 and a server on "
                                   "8080, and see both legs with --events.")},
                    {u"netbench relay /tmp/app.sock 127.0.0.1:5432 --latency 200 --s2c-chunk 1-16"_s,
                     RelayMode::tr("A Unix socket in front of a TCP server, 200 ms slower both "
                                   "ways, replies cut into pieces of 1 to 16 bytes.")},
                    {u"netbench relay 9000 example.test:80 --c2s-rst-after 100"_s,
                     RelayMode::tr("Reset each connection after the client sent 100 bytes.")},
            }};
}

QString CommandLine::readFaults(session::RelayFaults *faults) const
{
    const auto count = [](qint64 DirectionFaults::*field) {
        return [field](const QString &text, DirectionFaults *direction) {
            return readCount(text, 0, &(direction->*field));
        };
    };
    const auto limit = [](std::optional<qint64> DirectionFaults::*field) {
        return [field](const QString &text, DirectionFaults *direction) {
            return readOptionalCount(text, &(direction->*field));
        };
    };
    const auto positiveRate = [](const QString &text, DirectionFaults *direction) {
        return readCount(text, 1, &direction->bytesPerSecond);
    };
    QString message = latency.read(parser, faults, count(&DirectionFaults::latencyMs));
    for (const QString &next :
         {bandwidth.read(parser, faults, positiveRate), chunk.read(parser, faults, readPieces),
          chunkPause.read(parser, faults, count(&DirectionFaults::piecePauseMs)),
          holdAfter.read(parser, faults, limit(&DirectionFaults::holdAfterBytes)),
          finAfter.read(parser, faults, limit(&DirectionFaults::finAfterBytes)),
          rstAfter.read(parser, faults, limit(&DirectionFaults::rstAfterBytes)),
          cutAfter.read(parser, faults, limit(&DirectionFaults::cutAfterBytes))}) {
        if (message.isEmpty())
            message = next;
    }
    if (!message.isEmpty())
        return message;
    for (const DirectionFaults *direction : {&faults->clientToServer, &faults->serverToClient}) {
        if (direction->piecePauseMs > 0 && !direction->isRechunking())
            return RelayMode::tr("--chunk-pause needs --chunk for the same direction");
    }
    if (parser.isSet(refuseAfter)) {
        const QString text = parser.value(refuseAfter);
        const std::optional<qint64> n = cli::parseInteger(text, 0, INT_MAX);
        if (!n)
            return RelayMode::tr("--refuse-after needs a count, not '%1'").arg(text);
        faults->refuseAfterConnections = int(*n);
    }
    return {};
}

QString CommandLine::read(RelaySettings *settings) const
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return positional.isEmpty() ? RelayMode::tr("missing LISTEN and TARGET")
                                    : RelayMode::tr("missing TARGET");
    if (positional.size() > 2)
        return RelayMode::tr("unexpected argument '%1'").arg(positional.at(2));
    QString host, path;
    int port = 0;
    if (const QString message = parseEndpoint(positional.at(0), true, &host, &port, &path);
        !message.isEmpty())
        return message;
    settings->listen = path.isEmpty() ? netcore::ListenOptions::tcp(port, host)
                                      : netcore::ListenOptions::unixPath(path);
    host.clear();
    path.clear();
    if (const QString message = parseEndpoint(positional.at(1), false, &host, &port, &path);
        !message.isEmpty())
        return message;
    settings->target = path.isEmpty() ? netcore::ConnectOptions::tcp(port, host)
                                      : netcore::ConnectOptions::unixPath(path);
    if (parser.isSet(connectTimeout)) {
        const QString text = parser.value(connectTimeout);
        const std::optional<qint64> ms = cli::parseInteger(text, 0, INT_MAX);
        if (!ms)
            return RelayMode::tr("--connect-timeout needs MS, not '%1'").arg(text);
        settings->connectTimeoutMs = int(*ms);
    }
    return readFaults(&settings->faults);
}

} // namespace

int RelayMode::runCommand(const QStringList &arguments)
{
    CommandLine commandLine;
    if (const std::optional<int> exitCode
        = cli::parse(commandLine.parser, arguments, commandLine.help()))
        return *exitCode;
    RelaySettings settings;
    if (const QString message = commandLine.read(&settings); !message.isEmpty())
        return cli::usageError(Command, message);
    return cli::runMode(commandLine.trace.options(commandLine.parser),
                        [&settings] { return std::make_unique<RelayMode>(settings); });
}
