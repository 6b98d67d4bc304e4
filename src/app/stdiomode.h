#pragma once

#include "mode.h"
#include "replyarguments.h"
#include "stdiohexdump.h"
#include "stdiorelay.h"

#include <QCommandLineOption>

#include <memory>
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
    // --reply, --rules: every connection is answered by these (null: no rules).
    std::shared_ptr<session::ReplyRules> replyRules;
};

// -U -4 -6 -C --send-only --recv-only -i -x, as ncat takes them.
class StdioArguments final
{
public:
    StdioArguments();
    void addTo(QCommandLineParser &parser) const;
    // After parsing: fills settings in, or returns what is wrong.
    QString read(const QCommandLineParser &parser, StdioSettings *settings) const;

private:
    QCommandLineOption m_unixSocket;
    QCommandLineOption m_ipv4;
    QCommandLineOption m_ipv6;
    QCommandLineOption m_crlf;
    QCommandLineOption m_sendOnly;
    QCommandLineOption m_receiveOnly;
    QCommandLineOption m_idleTimeout;
    QCommandLineOption m_hexDump;
    ReplyArguments m_reply;
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

    // SIGINT, SIGTERM: the relay stops, and the mode finishes with 128 + signalNumber once
    // standard output has taken what was received before (a program killed at once would
    // lose it). A second signal, or standard output taking nothing for 5 s, finishes at once:
    // its reader may have stopped.
    void interrupt(int signalNumber) override;

protected:
    // Called once on the first signal, before standard output is flushed: stop accepting.
    virtual void onInterrupted() { }

    // Opens --hex-dump's file; false, reported, with exit status 2 recorded, when it cannot.
    bool openHexDump();
    // -i: a connection without traffic for the idle timeout is reported and destroyed; the
    // exit status becomes 1 when failsRun (not when other connections go on being served).
    void watchIdleTime(netcore::Socket *socket, bool failsRun);
    // --reply, --rules: socket is answered by the rules (replies go to the hex dump too).
    void answerByRules(netcore::Socket *socket);

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
    void endIfOutputStalls(int signalNumber);
    int m_exitCode = 0;
    bool m_finishing = false;
    bool m_outputFailed = false;
    bool m_interrupted = false;
};
