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
    // Flushes standard output, then emits finished(exitCode); later calls do nothing.
    void finish(int exitCode);
    // Standard output failed with errnoValue (EPIPE: the reader went away).
    virtual void onOutputFailed(int errnoValue) = 0;
    // Prints why standard output failed, unless it was EPIPE; true when it printed.
    bool reportOutputFailure(int errnoValue) const;

    StdinReader *m_input;
    StdoutWriter *m_output;
    StdioRelay *m_relay;
    int m_exitCode = 0;

private:
    bool m_finishing = false;
};
