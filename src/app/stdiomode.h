#pragma once

#include "mode.h"
#include "stdiohexdump.h"
#include "stdiorelay.h"

#include <QCommandLineOption>

#include <optional>

class QCommandLineParser;
class StdinReader;
class StdoutWriter;

// What listen and connect share on the command line, ncat's options.
struct StdioSettings
{
    StdioRelay::Options relay;           // -C, --send-only, --recv-only
    QString hexDumpPath;                 // --hex-dump FILE
    std::optional<qint64> idleTimeoutMs; // -i: close a connection without traffic that long
    int family = 0;                      // -4, -6: 4 or 6, 0 for either
    bool unixSocket = false;             // -U: the target is a Unix socket path
};

class StdioArguments final
{
public:
    void addTo(QCommandLineParser &parser) const;
    // After parsing: fills settings in, or returns what is wrong.
    QString read(const QCommandLineParser &parser, StdioSettings *settings) const;

private:
    const QCommandLineOption m_unixSocket {
            {QStringLiteral("U"), QStringLiteral("unixsock")},
            QObject::tr("The target is a Unix domain socket PATH, whatever its name.")};
    const QCommandLineOption m_ipv4 {{QStringLiteral("4")}, QObject::tr("IPv4 only.")};
    const QCommandLineOption m_ipv6 {{QStringLiteral("6")}, QObject::tr("IPv6 only.")};
    const QCommandLineOption m_crlf {
            {QStringLiteral("C"), QStringLiteral("crlf")},
            QObject::tr("Send each line feed of standard input as CR LF (a CR LF stays one).")};
    const QCommandLineOption m_sendOnly {
            QStringLiteral("send-only"),
            QObject::tr("Only send: what arrives is read and dropped, and the connection "
                        "closes once standard input has been sent to its end.")};
    const QCommandLineOption m_receiveOnly {
            QStringLiteral("recv-only"),
            QObject::tr("Only receive: standard input is not read, and our side ends when the "
                        "peer ends its own.")};
    const QCommandLineOption m_idleTimeout {
            {QStringLiteral("i"), QStringLiteral("idle-timeout")},
            QObject::tr("Close a connection after TIME without traffic either way (exit "
                        "status 1). TIME as ncat: 30 or 30s, 500ms, 2m, 1h."),
            QStringLiteral("TIME")};
    const QCommandLineOption m_hexDump {
            {QStringLiteral("x"), QStringLiteral("hex-dump")},
            QObject::tr("Write every chunk sent and received to FILE: a line with its "
                        "direction, size and peer, then offset, hex and ASCII."),
            QStringLiteral("FILE")};
};

// A mode that relays standard I/O to sockets (listen, connect): owns the standard input
// reader, the standard output writer and the relay between them and the sockets, and
// finishes only once standard output has taken everything.
namespace netcore {
class Socket;
}

class StdioMode : public Mode
{
    Q_OBJECT
public:
    explicit StdioMode(const StdioSettings &settings, QObject *parent = nullptr);

protected:
    // Opens --hex-dump's file; false, reported, with exit status 2 recorded, when it cannot.
    bool openHexDump();
    // -i: a connection without traffic for the idle timeout is reported and destroyed; the
    // exit status becomes 1 when failsRun (not when other connections go on being served).
    void watchIdleTime(netcore::Socket *socket, bool failsRun);

    // Flushes standard output, then emits finished() with the exit code; later calls do
    // nothing.
    void finish();
    // Records a failure's exit code; the first one stands.
    void fail(int exitCode);
    int exitCode() const { return m_exitCode; }

    // Standard output failed and is closed (reported, or quiet for EPIPE): stop relaying.
    virtual void onOutputFailed() = 0;
    bool hasOutputFailed() const { return m_outputFailed; }

    // The one line on stderr for a single relayed connection that closed: how many bytes of
    // standard input did not reach the peer (what the relay counted plus what standard input
    // still holds unread) and why (failure, else endedByPeer when the peer's end ended ours),
    // or just the failure. Records exit status 1 when it printed anything.
    void reportConnectionEnd(qint64 relayUndeliveredBytes, const QString &failure,
                             bool endedByPeer);
    // The same for one of several connections (listen --keep-open): only a connection that
    // failed is reported, with what the relay counted for it (the input it did not get is
    // there for the others), and the exit status is left alone.
    void reportOneOfManyEnded(qint64 relayUndeliveredBytes, const QString &failure) const;

    StdinReader *m_input;
    StdoutWriter *m_output;
    StdioRelay *m_relay;
    const StdioSettings m_stdio;
    StdioHexDump m_hexDump;

private:
    int m_exitCode = 0;
    bool m_finishing = false;
    bool m_outputFailed = false;
};
