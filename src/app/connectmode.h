#pragma once

#include "cli.h"
#include "stdiomode.h"

#include "session/reconnectpolicy.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace netcore {
class NetError;
class Socket;
} // namespace netcore

class QTimer;

// What `netbench connect` was asked to do.
struct ConnectSettings
{
    cli::Target target;
    StdioSettings stdio;
    std::optional<qint64> connectTimeoutMs; // -w: give up connecting after that long
    bool noDelay = false;
    std::optional<int> keepAliveMs;  // initial delay; set: SO_KEEPALIVE on
    std::optional<qint64> timeoutMs; // idle timeout: give up after that long without traffic
    // Keep sending standard input after the peer's FIN (the default); false is Node's default
    // (--no-half-close, and always with --reconnect): our side ends with the peer's.
    bool allowHalfOpen = true;
    // --send, --send-text, --send-hex: one-shot use. These bytes are sent instead of standard
    // input (which is never read), and the reply is printed until replyWaitMs pass with nothing
    // received, or until the peer ends.
    std::optional<QByteArray> oneShotPayload;
    qint64 replyWaitMs = 2000;
    // --reconnect: a connection that fails or closes is made again (see shouldReconnect()).
    session::ReconnectPolicy reconnect;
};

// `netbench connect`: a client, ncat style. Standard input goes to the socket once connected,
// the socket to standard output; the end of standard input half-closes (end()). Finishes when
// the socket has closed: 0, or 1 after a network error, the idle timeout or standard input
// that was not delivered (said on stderr).
class ConnectMode final : public StdioMode
{
    Q_OBJECT
public:
    explicit ConnectMode(const ConnectSettings &settings, QObject *parent = nullptr);
    ~ConnectMode() override;

    // Parses the words after `netbench connect`, runs the mode, returns the exit code.
    static int runCommand(const QStringList &arguments);

    void start() override;

private:
    void onClosed();
    void onRelayFinished(qint64 undeliveredBytes);
    void onTimedOut();
    void onConnectTimeout();
    void onOutputFailed() override;
    void openConnection();
    bool shouldReconnect() const;
    void sendOneShot();
    void onReplyWaitOver();

    ConnectSettings m_settings;
    netcore::Socket *m_socket = nullptr;
    bool m_relayed = false; // connected: the relay reports how it ended
    bool m_connected = false;
    QString m_failure; // why the connection ended early: its error or the idle timeout
    session::Reconnector *m_reconnector;
    QTimer *m_replyWait = nullptr; // one-shot: restarted by every chunk received
};
