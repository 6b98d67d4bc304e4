#pragma once

#include "cli.h"
#include "stdiomode.h"

#include <QString>
#include <QStringList>

namespace netcore {
class NetError;
class Server;
class Socket;
} // namespace netcore

// What `netbench listen` was asked to do.
struct ListenSettings
{
    enum class Action {
        Relay,   // standard input to the connection(s), the connection(s) to standard output
        Echo,    // send back what arrives
        Discard, // read and drop
    };

    cli::Target target; // an empty host: every interface
    StdioSettings stdio;
    Action action = Action::Relay;
    // Keep sending standard input after the peer's FIN (the default without --keep-open);
    // false is Node's default (--no-half-close): our side ends with the peer's.
    bool allowHalfOpen = true;
    bool keepOpen = false;   // keep accepting after the first connection
    int maxConnections = -1; // -1: no limit
};

// `netbench listen`: a server, ncat -l style. Without --keep-open it takes one connection,
// stops accepting, and finishes when that connection has closed (exit status 1 after an error
// or standard input that was not delivered, said on stderr); with it, it serves until
// interrupted, and reports each connection's error. Prints "netbench: listening on ADDRESS"
// on stderr once bound.
class ListenMode final : public StdioMode
{
    Q_OBJECT
public:
    explicit ListenMode(const ListenSettings &settings, QObject *parent = nullptr);
    ~ListenMode() override;

    // Parses the words after `netbench listen`, runs the mode, returns the exit code.
    static int runCommand(const QStringList &arguments);

    void start() override;

private:
    void onListening();
    void onServerError(const netcore::NetError &error);
    void onAcceptStalled(const netcore::NetError &error);
    void onConnection(netcore::Socket *socket);
    void serve(netcore::Socket *socket);
    void onRelayFinished(qint64 undeliveredBytes, const netcore::NetError &error);
    void onOutputFailed() override;
    void onInterrupted() override;

    ListenSettings m_settings;
    netcore::Server *m_server = nullptr;
    bool m_accepted = false; // the first connection came
};
