#pragma once

#include "mode.h"

class StdinReader;
class StdioRelay;
class StdoutWriter;

// A mode that relays standard I/O to sockets (listen, connect): owns the standard input
// reader, the standard output writer and the relay between them and the sockets, and
// finishes only once standard output has taken everything.
class StdioMode : public Mode
{
    Q_OBJECT
public:
    explicit StdioMode(QObject *parent = nullptr);

protected:
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

private:
    int m_exitCode = 0;
    bool m_finishing = false;
    bool m_outputFailed = false;
};
