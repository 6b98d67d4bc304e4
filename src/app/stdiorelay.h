#pragma once

#include "net/neterror.h"

#include <QList>
#include <QObject>

#include <memory>

class StdinReader;
class StdioHexDump;
class StdoutWriter;

namespace netcore {
class Socket;
}

// ncat's core: standard input goes to every relayed socket, what they receive goes to
// standard output, byte for byte. Backpressure both ways: a socket whose write() returns
// false pauses standard input until it drains, and a full standard output pauses every socket
// until it drains. The end of standard input half-closes (end()) the sockets; one added later
// is half-closed at once. Standard input is only read while a socket can still send it.
//
// Nothing is lost silently: for every socket the relay counts the bytes of standard input
// read for it that its kernel never took (a write queue dropped by an error, input read after
// it ended its side), and says how many when it closes.
class StdioRelay final : public QObject
{
    Q_OBJECT
public:
    // ncat's options on what is relayed.
    struct Options
    {
        bool crlf = false;        // -C: a line feed of standard input is sent as CR LF
        bool sendOnly = false;    // --send-only: what arrives is read and dropped, and the
                                  // connection closes once standard input is sent
        bool receiveOnly = false; // --recv-only: standard input is never read; the peer's end
                                  // ends our side
        bool answered = false;    // rules answer the sockets: the end of standard input does
                                  // not end them, their responder ends them after the peer
    };

    StdioRelay(StdinReader *input, StdoutWriter *output, QObject *parent = nullptr);

    // Before the first addSocket().
    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }
    // Records every chunk relayed both ways; dump outlives the relay's sockets.
    void setHexDump(StdioHexDump *dump) { m_hexDump = dump; }

    // Relays socket until it closes. Starts reading standard input with the first socket.
    void addSocket(netcore::Socket *socket);
    qsizetype socketCount() const { return m_sockets.size(); }
    // Moves no more bytes either way (the run was interrupted): standard input is no longer
    // read and every socket, even one added later, is paused. What the sockets gave before
    // still reaches standard output.
    void stop();

Q_SIGNALS:
    // A relayed socket closed. undeliveredBytes: standard input read while it was relayed
    // that its kernel did not take; error: the error it closed with, if any.
    void socketFinished(netcore::Socket *socket, qint64 undeliveredBytes,
                        const netcore::NetError &error);

private:
    struct Relayed
    {
        netcore::Socket *socket = nullptr;
        // Shared with the write callbacks, which may run after the relay forgot the socket.
        std::shared_ptr<qint64> undelivered = std::make_shared<qint64>(0);
        netcore::NetError error;
        bool waitingForDrain = false; // write() returned false
    };

    void onInput(const QByteArray &chunk);
    void onInputEnded();
    void endSending(netcore::Socket *socket);
    void onSocketData(const QByteArray &chunk);
    void onSocketDrained(netcore::Socket *socket);
    void onSocketClosed(netcore::Socket *socket);
    void forgetSocket(QObject *socket);
    void onOutputDrained();
    void updateInput();
    Relayed *find(const QObject *socket);

    StdinReader *m_input;
    StdoutWriter *m_output;
    QList<Relayed> m_sockets;
    Options m_options;
    StdioHexDump *m_hexDump = nullptr;
    bool m_outputFull = false;
    bool m_stopped = false;
    bool m_inputEndedWithCr = false; // -C: a CR LF split between two reads stays as it is
};
