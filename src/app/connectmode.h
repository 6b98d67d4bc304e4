#pragma once

#include "cli.h"
#include "stdiomode.h"

#include <QString>
#include <QStringList>

#include <optional>


namespace netcore {
class NetError;
class Socket;
} // namespace netcore

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
    // (--no-half-close): our side ends with the peer's.
    bool allowHalfOpen = true;
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

    ConnectSettings m_settings;
    netcore::Socket *m_socket = nullptr;
    bool m_relayed = false; // connected: the relay reports how it ended
    bool m_connected = false;
    QString m_failure;      // why the connection ended early: its error or the idle timeout
};
