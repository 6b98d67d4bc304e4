#include "stdiomode.h"

#include "cli.h"
#include "stdinreader.h"
#include "stdiorelay.h"
#include "stdoutwriter.h"

#include "net/socket.h"
#include "session/autoresponder.h"

#include <QCommandLineParser>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace {

// "at least": bytes the kernel had taken are lost too when the peer resets, uncounted.
QString notDelivered(qint64 bytes, const QString &why)
{
    return StdioMode::tr("at least %1 byte(s) of standard input were not delivered: %2", nullptr,
                         int(qMin(bytes, qint64(std::numeric_limits<int>::max()))))
            .arg(bytes)
            .arg(why);
}

} // namespace

using namespace Qt::StringLiterals;

StdioArguments::StdioArguments()
    : m_unixSocket({u"U"_s, u"unixsock"_s},
                   StdioMode::tr("The target is a Unix domain socket PATH, whatever its name."))
    , m_ipv4(u"4"_s, StdioMode::tr("IPv4 only."))
    , m_ipv6(u"6"_s, StdioMode::tr("IPv6 only."))
    , m_crlf({u"C"_s, u"crlf"_s},
             StdioMode::tr("Send each line feed of standard input as CR LF (a CR LF stays "
                           "one)."))
    , m_sendOnly(u"send-only"_s,
                 StdioMode::tr("Only send: what arrives is read and dropped, and the connection "
                               "closes once standard input has been sent to its end."))
    , m_receiveOnly(u"recv-only"_s,
                    StdioMode::tr("Only receive: standard input is not read, and our side ends "
                                  "when the peer ends its own."))
    , m_idleTimeout({u"i"_s, u"idle-timeout"_s},
                    StdioMode::tr("Close a connection after TIME without traffic either way "
                                  "(exit status 1). TIME as ncat: 30 or 30s, 500ms, 2m, 1h."),
                    u"TIME"_s)
    , m_hexDump({u"x"_s, u"hex-dump"_s},
                StdioMode::tr("Write every chunk sent and received to FILE: a line with its "
                              "direction, size and peer, then offset, hex and ASCII."),
                u"FILE"_s)
{ }

void StdioArguments::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_unixSocket, m_ipv4, m_ipv6, m_crlf, m_sendOnly, m_receiveOnly,
                       m_idleTimeout, m_hexDump});
    m_reply.addTo(parser);
}

QString StdioArguments::read(const QCommandLineParser &parser, StdioSettings *settings) const
{
    if (parser.isSet(m_ipv4) && parser.isSet(m_ipv6))
        return StdioMode::tr("-4 and -6 exclude each other");
    settings->family = parser.isSet(m_ipv4) ? 4 : parser.isSet(m_ipv6) ? 6 : 0;
    settings->unixSocket = parser.isSet(m_unixSocket);
    if (settings->unixSocket && settings->family != 0)
        return StdioMode::tr("-U (a Unix socket) and -%1 exclude each other").arg(settings->family);
    if (parser.isSet(m_sendOnly) && parser.isSet(m_receiveOnly))
        return StdioMode::tr("--send-only and --recv-only exclude each other");
    if (parser.isSet(m_receiveOnly) && parser.isSet(m_crlf))
        return StdioMode::tr("-C changes standard input, which --recv-only does not read");
    settings->relay.sendOnly = parser.isSet(m_sendOnly);
    settings->relay.receiveOnly = parser.isSet(m_receiveOnly);
    settings->relay.crlf = parser.isSet(m_crlf);
    if (parser.isSet(m_idleTimeout)) {
        const QString text = parser.value(m_idleTimeout);
        const std::optional<qint64> ms = cli::parseDuration(text);
        if (!ms || *ms == 0)
            return StdioMode::tr("-i/--idle-timeout needs a time above 0 such as 30, 30s, "
                                 "500ms or 2m, not '%1'")
                    .arg(text);
        settings->idleTimeoutMs = *ms;
    }
    if (parser.isSet(m_hexDump) && parser.value(m_hexDump).isEmpty())
        return StdioMode::tr("--hex-dump needs a FILE");
    settings->hexDumpPath = parser.value(m_hexDump);
    if (const QString message = m_reply.read(parser, &settings->replyRules); !message.isEmpty())
        return message;
    if (settings->replyRules && settings->relay.sendOnly)
        return StdioMode::tr("--send-only drops what arrives: it cannot be answered by rules");
    settings->relay.answered = settings->replyRules != nullptr;
    return {};
}

StdioMode::StdioMode(const StdioSettings &settings, QObject *parent)
    : Mode(parent)
    , m_input(new StdinReader(STDIN_FILENO, this))
    , m_output(new StdoutWriter(STDOUT_FILENO, this))
    , m_relay(new StdioRelay(m_input, m_output, this))
    , m_stdio(settings)
{
    m_relay->setOptions(settings.relay);
    m_relay->setHexDump(&m_hexDump);
    connect(m_input, &StdinReader::failed, this, [this](const QString &message) {
        cli::printMessage(message);
        fail(cli::ExitFailure);
    });
    connect(m_output, &StdoutWriter::failed, this, [this](int errnoValue) {
        m_outputFailed = true;
        if (errnoValue == EPIPE) {
            fail(cli::ExitOutputClosed);
        } else {
            cli::printMessage(tr("cannot write standard output: %1")
                                      .arg(QString::fromLocal8Bit(std::strerror(errnoValue))));
            fail(cli::ExitFailure);
        }
        onOutputFailed();
    });
    connect(m_output, &StdoutWriter::finished, this, [this] { Q_EMIT finished(m_exitCode); });
}

bool StdioMode::openHexDump()
{
    if (m_stdio.hexDumpPath.isEmpty())
        return true;
    QString error;
    if (m_hexDump.open(m_stdio.hexDumpPath, &error))
        return true;
    cli::printMessage(error);
    fail(cli::ExitUsage);
    return false;
}

void StdioMode::watchIdleTime(netcore::Socket *socket, bool failsRun)
{
    if (!m_stdio.idleTimeoutMs)
        return;
    socket->setTimeout(*m_stdio.idleTimeoutMs);
    connect(socket, &netcore::Socket::timedOut, this, [this, socket, failsRun] {
        cli::printMessage(tr("no activity for %1 ms (-i); closed the connection")
                                  .arg(*m_stdio.idleTimeoutMs));
        if (failsRun)
            fail(cli::ExitFailure);
        socket->destroy();
    });
}

void StdioMode::answerByRules(netcore::Socket *socket)
{
    if (!m_stdio.replyRules)
        return;
    auto *responder = new session::AutoResponder(socket, m_stdio.replyRules);
    connect(responder, &session::AutoResponder::replied, this,
            [this, socket](int, const QByteArray &bytes) {
                m_hexDump.record(StdioHexDump::Direction::Sent, StdioHexDump::peerName(socket),
                                 bytes);
            });
}

void StdioMode::finish()
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_output->finish(); // finished() follows once standard output has taken everything
}

void StdioMode::interrupt(int signalNumber)
{
    if (m_interrupted) {
        Mode::interrupt(signalNumber);
        return;
    }
    m_interrupted = true;
    m_exitCode = 128 + signalNumber; // whatever failed before, the signal ended the run
    m_relay->stop();
    onInterrupted();
    finish();
    endIfOutputStalls(signalNumber);
}

namespace {
// After a signal, standard output may take this long without taking a byte before the run ends
// anyway: a reader that stopped reading must not keep a terminated program alive.
constexpr int OutputStallAfterSignalMs = 5000;
constexpr int OutputStallPollMs = 250;
} // namespace

void StdioMode::endIfOutputStalls(int signalNumber)
{
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this,
            [this, poll, signalNumber, queued = m_output->queuedBytes(), stalledMs = 0]() mutable {
                const qint64 now = m_output->queuedBytes();
                stalledMs = now < queued ? 0 : stalledMs + OutputStallPollMs;
                queued = now;
                if (stalledMs < OutputStallAfterSignalMs)
                    return;
                poll->stop();
                cli::printMessage(tr("standard output took nothing for %1 s after the signal; "
                                     "what it had not taken is lost")
                                          .arg(OutputStallAfterSignalMs / 1000));
                Mode::interrupt(signalNumber);
            });
    poll->start(OutputStallPollMs);
}

void StdioMode::fail(int exitCode)
{
    if (m_exitCode == cli::ExitOk)
        m_exitCode = exitCode;
}

void StdioMode::reportConnectionEnd(qint64 relayUndeliveredBytes, const QString &failure,
                                    bool endedByPeer)
{
    if (m_outputFailed)
        return; // we stopped because output failed: that was reported
    // With --recv-only standard input is left unread on purpose.
    const qint64 undelivered
            = relayUndeliveredBytes + (m_relay->options().receiveOnly ? 0 : m_input->unreadBytes());
    QString line = failure;
    if (undelivered > 0) {
        const QString why = !failure.isEmpty() ? failure
                : endedByPeer ? tr("the peer ended the connection (--no-half-close)")
                              : tr("the connection closed");
        line = notDelivered(undelivered, why);
    }
    if (line.isEmpty())
        return;
    cli::printMessage(line);
    fail(cli::ExitFailure);
}

void StdioMode::reportOneOfManyEnded(qint64 relayUndeliveredBytes, const QString &failure) const
{
    // A client that hangs up gets no more of the shared input, and that is no failure.
    if (m_outputFailed || failure.isEmpty())
        return;
    cli::printMessage(relayUndeliveredBytes > 0 ? notDelivered(relayUndeliveredBytes, failure)
                                                : failure);
}
