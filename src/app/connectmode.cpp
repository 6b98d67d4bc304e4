#include "connectmode.h"

#include "cli.h"
#include "stdinreader.h"
#include "stdiorelay.h"

#include "net/neterror.h"
#include "net/options.h"
#include "net/socket.h"
#include "session/reconnectpolicy.h"
#include "trace/tracesession.h"

#include "session/payloadcodec.h"

#include <QCommandLineParser>
#include <QFile>
#include <QPointer>
#include <QTimer>

#include <algorithm>
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
    , m_reconnector(new session::Reconnector(settings.reconnect, this))
{
    connect(m_reconnector, &session::Reconnector::attemptScheduled, this,
            [this](int attempt, int delayMs) {
                const int limit = m_settings.reconnect.maxAttempts;
                cli::printMessage(limit > 0 ? tr("reconnecting in %1 ms (attempt %2 of %3)")
                                                      .arg(delayMs)
                                                      .arg(attempt)
                                                      .arg(limit)
                                            : tr("reconnecting in %1 ms (attempt %2)")
                                                      .arg(delayMs)
                                                      .arg(attempt));
            });
    connect(m_reconnector, &session::Reconnector::attemptDue, this, &ConnectMode::openConnection);
    connect(m_reconnector, &session::Reconnector::gaveUp, this, [this](int attempts) {
        cli::printMessage(tr("gave up after %1 reconnect attempts (--max-attempts)").arg(attempts));
        fail(cli::ExitFailure);
        finish();
    });
}

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
    connect(m_relay, &StdioRelay::socketFinished, this,
            [this](Socket *, qint64 undeliveredBytes) { onRelayFinished(undeliveredBytes); });
    openConnection();
}

// One connection attempt: the first, or a reconnect (the previous socket has closed).
void ConnectMode::openConnection()
{
    const quint64 previousId = m_socket ? m_socket->id() : 0;
    if (m_socket)
        m_socket->deleteLater();
    m_connected = false;
    m_relayed = false;
    m_failure.clear();
    m_socket = new Socket(netcore::SocketOptions {.allowHalfOpen = m_settings.allowHalfOpen}, this);
    connect(m_socket, &Socket::connected, this, [this] {
        m_connected = true;
        m_relayed = true;
        if (m_reconnector->attempt() > 0)
            cli::printMessage(tr("connected (reconnect attempt %1)").arg(m_reconnector->attempt()));
        m_reconnector->connected();
        m_relay->addSocket(m_socket);
        answerByRules(m_socket); // after the relay: a chunk is dumped before its reply
        if (m_settings.oneShotPayload)
            sendOneShot();
    });
    connect(m_socket, &Socket::errorOccurred, this, [this](const NetError &error) {
        if (m_failure.isEmpty())
            m_failure = error.message();
    });
    connect(m_socket, &Socket::timedOut, this, &ConnectMode::onTimedOut);
    connect(m_socket, &Socket::closed, this, &ConnectMode::onClosed);

    const cli::Target &target = m_settings.target;
    netcore::ConnectOptions options = target.path.isEmpty()
            ? netcore::ConnectOptions::tcp(target.port, target.host)
            : netcore::ConnectOptions::unixPath(target.path);
    options.family = m_settings.stdio.family;
    options.noDelay = m_settings.noDelay;
    options.keepAlive = m_settings.keepAliveMs.has_value();
    options.keepAliveInitialDelay = m_settings.keepAliveMs.value_or(0);
    options.timeout = m_settings.timeoutMs;
    if (previousId) {
        const int attempt = m_reconnector->attempt();
        session::recordReconnect(m_socket, previousId, attempt,
                                 m_settings.reconnect.delayBeforeAttempt(attempt));
    }
    if (const NetError error = m_socket->connectTo(options)) {
        // Refused at the call: the command line asked for something impossible.
        cli::printMessage(error.message());
        fail(cli::ExitUsage);
        finish();
        return;
    }
    if (m_settings.connectTimeoutMs)
        QTimer::singleShot(*m_settings.connectTimeoutMs, m_socket, [this] { onConnectTimeout(); });
}

// --reconnect: a connection that failed or was closed is made again, unless there is nothing
// left to send (standard input ended; with --recv-only there never is) or we are stopping.
bool ConnectMode::shouldReconnect() const
{
    return m_settings.reconnect.enabled && !hasOutputFailed()
            && (m_stdio.relay.receiveOnly || !m_input->atEnd());
}

// The relay never reads standard input here (receiveOnly), prints what arrives and ends our
// side when the peer ends its own; the reply wait starts once the kernel has taken the payload.
void ConnectMode::sendOneShot()
{
    m_replyWait = new QTimer(this);
    m_replyWait->setSingleShot(true);
    m_replyWait->setInterval(int(m_settings.replyWaitMs));
    connect(m_replyWait, &QTimer::timeout, this, &ConnectMode::onReplyWaitOver);
    connect(m_socket, &Socket::dataReceived, m_replyWait, [this] {
        if (m_replyWait->isActive())
            m_replyWait->start();
    });
    const QByteArray &payload = *m_settings.oneShotPayload;
    if (payload.isEmpty()) {
        m_replyWait->start();
        return;
    }
    m_hexDump.record(StdioHexDump::Direction::Sent, StdioHexDump::peerName(m_socket), payload);
    m_socket->write(payload, [timer = QPointer<QTimer>(m_replyWait)](const NetError &error) {
        if (!error && timer)
            timer->start();
    });
}

// Nothing more arrived for the wait: the reply is complete as far as we can tell.
void ConnectMode::onReplyWaitOver()
{
    if (!m_socket->isDestroyed())
        m_socket->destroy();
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
    if (shouldReconnect()) {
        if (!m_failure.isEmpty())
            cli::printMessage(m_failure);
        m_reconnector->closed();
        return;
    }
    if (!m_failure.isEmpty() && !hasOutputFailed()) {
        cli::printMessage(m_failure);
        fail(cli::ExitFailure);
    }
    finish();
}

void ConnectMode::onRelayFinished(qint64 undeliveredBytes)
{
    if (shouldReconnect()) {
        reportOneOfManyEnded(undeliveredBytes, m_failure);
        m_reconnector->closed();
        return;
    }
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
    const QCommandLineOption send {
            u"send"_s,
            ConnectMode::tr("One-shot: send the bytes of FILE instead of standard input, print "
                            "the reply, exit (see --reply-wait)."),
            u"FILE"_s};
    const QCommandLineOption sendText {
            u"send-text"_s,
            ConnectMode::tr("One-shot: send TEXT (UTF-8, with the escapes \\r \\n \\t \\0 "
                            "\\\\ \\xNN), print the reply, exit."),
            u"TEXT"_s};
    const QCommandLineOption sendHex {
            u"send-hex"_s,
            ConnectMode::tr("One-shot: send the bytes written as HEX (pairs of digits; spaces, "
                            "':' and ',' may separate them), print the reply, exit."),
            u"HEX"_s};
    const QCommandLineOption replyWait {
            u"reply-wait"_s,
            ConnectMode::tr("One-shot: the reply is complete when MS milliseconds pass with "
                            "nothing received after the message was sent (default 2000), or "
                            "when the peer ends its side, whichever comes first; then the "
                            "connection is closed and the exit status is 0."),
            u"MS"_s};
    const QCommandLineOption reconnect {
            u"reconnect"_s,
            ConnectMode::tr("Keep the client up: when the connection cannot be made, or closes "
                            "before standard input has ended (always, with --recv-only), "
                            "connect again after DELAY_MS milliseconds (1000 when written "
                            "--reconnect alone), each further wait longer by the backoff "
                            "factor. The peer's end ends our side too (no half-open "
                            "connections), so a server that closes is reconnected at once. "
                            "Each attempt is said on standard error. Written "
                            "--reconnect or --reconnect=DELAY_MS."),
            u"DELAY_MS"_s};
    const QCommandLineOption maxAttempts {
            u"max-attempts"_s,
            ConnectMode::tr("With --reconnect: give up (exit status 1) after N reconnects in a "
                            "row that found no connection; a connection that opens starts the "
                            "count again (default 0: never give up)."),
            u"N"_s};
    const QCommandLineOption reconnectBackoff {
            u"reconnect-backoff"_s,
            ConnectMode::tr("With --reconnect: multiply the wait by FACTOR after each attempt "
                            "(1 to 100, default 2)."),
            u"FACTOR"_s};
    const QCommandLineOption reconnectMaxDelay {
            u"reconnect-max-delay"_s,
            ConnectMode::tr("With --reconnect: never wait longer than MS milliseconds (default "
                            "30000)."),
            u"MS"_s};
    const StdioArguments stdio;
    const cli::TraceArguments trace;

    // --reconnect alone stands for --reconnect=1000: QCommandLineParser has no optional values.
    static QStringList withReconnectDefault(QStringList arguments);

private:
    QString readOneShot(ConnectSettings *settings) const;
    QString readReconnect(ConnectSettings *settings) const;
};

CommandLine::CommandLine()
{
    parser.addPositionalArgument(
            u"target"_s,
            ConnectMode::tr("HOST PORT, HOST:PORT or [IPV6]:PORT for TCP (port 0 to 65535), "
                            "or PATH for a Unix domain socket: a word with a '/' or ending in "
                            ".sock (any word with -U)."),
            u"HOST PORT | HOST:PORT | PATH"_s);
    parser.addOptions({noDelay, keepAlive, timeout, wait, noHalfClose, halfOpen, send, sendText,
                       sendHex, replyWait, reconnect, maxAttempts, reconnectBackoff,
                       reconnectMaxDelay});
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
                            "command line, 141 when standard output's reader went away. With "
                            "--send, --send-text or --send-hex it is a one-shot client: it sends "
                            "that message, prints the reply and exits."),
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
                    {u"netbench connect --reconnect=500 --max-attempts 10 --recv-only /tmp/log.sock"_s,
                     ConnectMode::tr("Keep listening to a server that restarts: reconnect after "
                                     "0.5 s, 1 s, 2 s, ..., give up after 10 failures in a row.")},
                    {u"netbench connect 127.0.0.1 8080 --send-text 'PING\\r\\n' --reply-wait 500"_s,
                     ConnectMode::tr("One-shot: send a line, print what comes back until half a "
                                     "second passes in silence.")},
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
    if (const QString message = readOneShot(settings); !message.isEmpty())
        return message;
    if (const QString message = readReconnect(settings); !message.isEmpty())
        return message;
    // A client kept up reconnects when the server goes away; half-open, it would wait for the
    // end of an input that may never end (a terminal) before noticing.
    if (settings->reconnect.enabled)
        settings->allowHalfOpen = false;
    return {};
}

QStringList CommandLine::withReconnectDefault(QStringList arguments)
{
    for (QString &word : arguments) {
        if (word == u"--"_s)
            break;
        if (word == u"--reconnect"_s)
            word = u"--reconnect=1000"_s;
    }
    return arguments;
}

QString CommandLine::readReconnect(ConnectSettings *settings) const
{
    if (!parser.isSet(reconnect)) {
        for (const QCommandLineOption *option :
             {&maxAttempts, &reconnectBackoff, &reconnectMaxDelay}) {
            if (parser.isSet(*option))
                return ConnectMode::tr("--%1 needs --reconnect").arg(option->names().constFirst());
        }
        return {};
    }
    if (settings->oneShotPayload)
        return ConnectMode::tr("--reconnect keeps a client up; a one-shot --send does not "
                               "reconnect");
    session::ReconnectPolicy &policy = settings->reconnect;
    policy.enabled = true;
    const QString delay = parser.value(reconnect);
    const std::optional<qint64> delayMs = cli::parseInteger(delay, 0, INT_MAX);
    if (!delayMs)
        return ConnectMode::tr("--reconnect=DELAY_MS needs milliseconds, not '%1'").arg(delay);
    policy.initialDelayMs = int(*delayMs);
    policy.maxDelayMs = std::max(policy.maxDelayMs, policy.initialDelayMs);
    if (parser.isSet(maxAttempts)) {
        const std::optional<qint64> n = cli::parseInteger(parser.value(maxAttempts), 0, INT_MAX);
        if (!n)
            return ConnectMode::tr("--max-attempts needs a whole number, not '%1'")
                    .arg(parser.value(maxAttempts));
        policy.maxAttempts = int(*n);
    }
    if (parser.isSet(reconnectBackoff)) {
        bool ok = false;
        policy.backoffFactor = parser.value(reconnectBackoff).toDouble(&ok);
        if (!ok)
            return ConnectMode::tr("--reconnect-backoff needs a number such as 1.5, not '%1'")
                    .arg(parser.value(reconnectBackoff));
    }
    if (parser.isSet(reconnectMaxDelay)) {
        const std::optional<qint64> ms
                = cli::parseInteger(parser.value(reconnectMaxDelay), 0, INT_MAX);
        if (!ms)
            return ConnectMode::tr("--reconnect-max-delay needs milliseconds, not '%1'")
                    .arg(parser.value(reconnectMaxDelay));
        policy.maxDelayMs = int(*ms);
    }
    return policy.validationError();
}

QString CommandLine::readOneShot(ConnectSettings *settings) const
{
    const QList<const QCommandLineOption *> sends {&send, &sendText, &sendHex};
    const auto given
            = std::count_if(sends.cbegin(), sends.cend(),
                            [this](const QCommandLineOption *o) { return parser.isSet(*o); });
    if (given == 0) {
        if (parser.isSet(replyWait))
            return ConnectMode::tr("--reply-wait needs --send, --send-text or --send-hex");
        return {};
    }
    if (given > 1
        || parser.values(send).size() + parser.values(sendText).size()
                        + parser.values(sendHex).size()
                > 1)
        return ConnectMode::tr("give one message: --send, --send-text or --send-hex, once");
    const StdioRelay::Options &relay = settings->stdio.relay;
    if (relay.sendOnly || relay.receiveOnly || relay.crlf)
        return ConnectMode::tr("--send, --send-text and --send-hex do not read standard input: "
                               "-C, --send-only and --recv-only do not apply");
    if (parser.isSet(replyWait)) {
        const QString text = parser.value(replyWait);
        const std::optional<qint64> ms = cli::parseInteger(text, 1, INT_MAX);
        if (!ms)
            return ConnectMode::tr("--reply-wait needs milliseconds above 0, not '%1'").arg(text);
        settings->replyWaitMs = *ms;
    }
    if (parser.isSet(send)) {
        QFile file(parser.value(send));
        if (!file.open(QIODevice::ReadOnly))
            return ConnectMode::tr("cannot read %1: %2").arg(file.fileName(), file.errorString());
        settings->oneShotPayload = file.readAll();
        if (file.error() != QFileDevice::NoError)
            return ConnectMode::tr("cannot read %1: %2").arg(file.fileName(), file.errorString());
    } else {
        const session::PayloadResult result = parser.isSet(sendText)
                ? session::payloadcodec::decodeText(parser.value(sendText))
                : session::payloadcodec::decodeHex(parser.value(sendHex));
        if (!result.isValid())
            return ConnectMode::tr("--%1: %2") // the error says where: "(column 2)"
                    .arg(parser.isSet(sendText) ? u"send-text"_s : u"send-hex"_s, result.error);
        settings->oneShotPayload = result.bytes;
    }
    // Standard input is never read; the peer's end ends our side.
    settings->stdio.relay.receiveOnly = true;
    return {};
}

} // namespace

int ConnectMode::runCommand(const QStringList &arguments)
{
    CommandLine commandLine;
    if (const std::optional<int> exitCode
        = cli::parse(commandLine.parser, CommandLine::withReconnectDefault(arguments),
                     commandLine.help()))
        return *exitCode;
    ConnectSettings settings;
    if (const QString message = commandLine.read(&settings); !message.isEmpty())
        return cli::usageError(Command, message);
    return cli::runMode(commandLine.trace.options(commandLine.parser),
                        [&settings] { return std::make_unique<ConnectMode>(settings); });
}
