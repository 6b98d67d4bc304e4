#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QTemporaryDir;

namespace netcore {
class NetError;
class Server;
class Socket;
} // namespace netcore

// A tour of netcore on one event loop: a server and a client connect, the client sends a few
// lines, the server echoes them and half-closes when the client has. Every event and every call
// on both sides is printed as one line with the time since start. finished() gives the exit
// status: 0 once both sides and the server have closed, 1 on the first error (standard output
// failing included), 141 when standard output's reader went away (EPIPE).
class EchoDemo final : public QObject
{
    Q_OBJECT
public:
    enum class Transport { Tcp, Unix };
    // The listening server, its end of the connection, and the client's end.
    enum class Side { Server, ServerSocket, Client };

    explicit EchoDemo(Transport transport, QObject *parent = nullptr);
    ~EchoDemo() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void print(Side side, const QString &event, const QString &detail = {});
    void printSocketEvents(netcore::Socket *socket, Side side);
    void onOutputFailed(int errnoValue);
    void onListening();
    void onConnection(netcore::Socket *socket);
    void sendNextLine();
    void onSocketClosed(Side side);
    void fail(const netcore::NetError &error);
    void failWith(const QString &message);
    void finish(int exitCode);

    Transport m_transport;
    QElapsedTimer m_clock;
    QTimer m_watchdog;
    std::unique_ptr<QTemporaryDir> m_dir; // holds the Unix socket
    netcore::Server *m_server = nullptr;
    netcore::Socket *m_client = nullptr;
    qsizetype m_linesSent = 0;
    qint64 m_bytesSent = 0;
    qint64 m_bytesEchoed = 0;
    bool m_clientClosed = false;
    bool m_serverSocketClosed = false;
    bool m_done = false;
    bool m_outputFailed = false;
};
