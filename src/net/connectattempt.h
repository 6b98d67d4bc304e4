#pragma once

#include "options.h"
#include "syscalls.h"

#include <QList>
#include <QObject>

namespace netcore {

class Socket;

// One socket.connect() request: resolves the host, then tries the resolved addresses in order
// until one accepts. Owned by the Socket; destroying it abandons the request: a lookup still
// running answers nobody (the attempt is the lookup's context).
class ConnectAttempt final : public QObject
{
public:
    ConnectAttempt(Socket *socket, const ConnectOptions &options);

    // Called on a later turn than connect(): starts the lookup or the first connect.
    void start();
    // The socket's fd became writable while connecting.
    void onWritable();
    // Waiting for the embedder's lookup function (ConnectOptions::lookup): as in Node, where
    // the script's own lookup holds no request, this keeps nothing alive.
    bool isAwaitingCustomLookup() const { return m_awaitingCustomLookup; }

private:
    void onResolved(const NetError &error, const QList<ResolvedAddress> &addresses);
    void tryAddress(qsizetype index);
    // Connects to m_addresses[index], native being that address in the kernel's form.
    void dial(qsizetype index, const sys::NativeAddress &native);
    int openTcp(int domain, int *fd);
    void connectFd(int fd, const sys::NativeAddress &native);
    void finish(int error);

    Socket *m_socket;
    ConnectOptions m_options;
    QList<ResolvedAddress> m_addresses;
    qsizetype m_index = 0;
    sys::NativeAddress m_dialled; // what connect() was given, the peer's address once it is up
    bool m_awaitingCustomLookup = false;
};

// Node's argument checks for socket.connect(options): a bad value is refused at the call.
NetError validateConnectOptions(const ConnectOptions &options);

} // namespace netcore
