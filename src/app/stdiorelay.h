#pragma once

#include <QList>
#include <QObject>

class StdinReader;
class StdoutWriter;

namespace netcore {
class Socket;
}

// ncat's core: standard input goes to every relayed socket, what they receive goes to
// standard output, byte for byte. Backpressure both ways: a socket whose write() returns
// false pauses standard input until it drains, and a full standard output pauses every socket
// until it drains. The end of standard input half-closes (end()) the sockets; one added later
// is half-closed at once. Standard input is only read while there is a socket to send to.
class StdioRelay final : public QObject
{
    Q_OBJECT
public:
    StdioRelay(StdinReader *input, StdoutWriter *output, QObject *parent = nullptr);

    // Relays socket until it closes. Starts reading standard input with the first socket.
    void addSocket(netcore::Socket *socket);
    qsizetype socketCount() const { return m_sockets.size(); }

private:
    void onInput(const QByteArray &chunk);
    void onInputEnded();
    void onSocketData(const QByteArray &chunk);
    void onSocketDrained(netcore::Socket *socket);
    void forgetSocket(QObject *socket);
    void onOutputDrained();
    void updateInput();

    StdinReader *m_input;
    StdoutWriter *m_output;
    QList<netcore::Socket *> m_sockets;
    QList<netcore::Socket *> m_waitingForDrain; // write() returned false
    bool m_outputFull = false;
};
