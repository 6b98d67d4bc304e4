#include "engine.h"

#include "autoreply.h"
#include "autoresponder.h"
#include "endpointregistry.h"
#include "filesender.h"
#include "reconnectpolicy.h"
#include "relayconnection.h"
#include "threadobserver.h"

#include "net/encoding.h"
#include "net/server.h"
#include "net/socket.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace session {

Engine::Engine(trace::TraceRecorder &recorder, EndpointRegistry &registry, QObject *parent)
    : QObject(parent)
    , m_recorder(recorder)
    , m_registry(registry)
{ }

Engine::~Engine() = default;

void Engine::attachToThread()
{
    m_observer = std::make_unique<ThreadObserver>(
            m_recorder, m_registry, this,
            [this](quint64 id, netcore::EndpointKind kind, quint64 parentId) {
                Q_EMIT endpointAppeared(id, kind, parentId);
            });
    m_observer->install();
}

void Engine::detachFromThread()
{
    closeAll();
    // Objects made here are children of this engine; delete them while recording still works.
    qDeleteAll(findChildren<QObject *>(Qt::FindDirectChildrenOnly));
    if (m_observer)
        m_observer->uninstall();
}

void Engine::createListener(const ListenerSpec &spec)
{
    auto *server = new netcore::Server(spec.server, this);
    m_madeListeners.append(server);
    // Clients linked to it wait until it listens, or fail once it cannot.
    connect(server, &netcore::Server::listening, this, &Engine::startWaitingClients);
    connect(server, &netcore::Server::errorOccurred, this, &Engine::startWaitingClients,
            Qt::QueuedConnection);
    if (spec.maxConnections >= 0)
        server->setMaxConnections(spec.maxConnections);
    const AutoReply reply = spec.autoReply;
    connect(server, &netcore::Server::newConnection, server,
            [this, reply, id = server->id()](netcore::Socket *socket) {
                if (const std::shared_ptr<ReplyRules> rules = m_listenerRules.value(id))
                    new AutoResponder(socket, rules);
                else
                    attachAutoReply(socket, reply);
            });
    connect(server, &netcore::Server::errorOccurred, server,
            [this, server](const netcore::NetError &error) { reportError(server->id(), error); });
    connect(server, &QObject::destroyed, this, [this, id = server->id()] {
        m_listenerRules.remove(id);
        m_listenerPresets.remove(id);
    });
    // Registered before listen() so the 'listen' call record finds it known.
    m_observer->adopt(server, server->id(), netcore::EndpointKind::Server);
    m_listenerPresets.insert(server->id(), spec.autoReply);
    m_listenerRules.insert(server->id(), compileReplyRules(server->id(), spec.replyRules));
    if (!spec.replyRules.isEmpty())
        Q_EMIT replyRulesAttached(server->id(), m_listenerRules.value(server->id()));
    if (const netcore::NetError error = server->listen(spec.listen))
        reportError(server->id(), error);
}

void Engine::createClient(const ClientSpec &spec)
{
    m_waitingClients.append({m_madeClients++, spec});
    startWaitingClients();
}

namespace {

// Where a client linked to server connects now: its port (or path), the rest as saved.
netcore::ConnectOptions followed(const netcore::Server &server, netcore::ConnectOptions target)
{
    const netcore::SocketAddress address = server.address();
    if (address.isUnix()) {
        target.port.reset();
        target.path = address.path();
    } else {
        target.port = address.port();
        target.path.clear();
    }
    return target;
}

} // namespace

// In order: a client whose listener is still starting waits for it, and the clients asked for
// after it wait too, so endpoints appear in the order the window made them.
void Engine::startWaitingClients()
{
    while (!m_waitingClients.isEmpty()) {
        ClientSpec spec = m_waitingClients.constFirst().spec;
        const int index = m_waitingClients.constFirst().index;
        const int linked = spec.listener;
        const netcore::Server *server = linked >= 0 ? m_madeListeners.value(linked) : nullptr;
        if (server && server->isStarting() && !server->isListening())
            return; // its listening() or errorOccurred() calls again
        m_waitingClients.removeFirst();
        if (linked >= 0 && !(server && server->isListening())) {
            // Never the port saved with it: that is someone else's now, or nobody's.
            auto *socket = new netcore::Socket(this);
            m_observer->adopt(socket, socket->id(), netcore::EndpointKind::Socket);
            const auto error = netcore::NetError::plain(
                    tr("not connected: the listener it connects to (listener %1 of the "
                       "workspace) is not listening")
                            .arg(linked + 1));
            reportError(socket->id(), error);
            socket->destroy(error);
            continue;
        }
        if (server)
            spec.connect = followed(*server, spec.connect);
        else
            spec.listener = listenerAt(spec.connect);
        if (spec.listener >= 0)
            Q_EMIT clientLinked(index, spec.listener, spec.connect);
        startClient(spec);
    }
}

// The listener made here that target reaches (its port, preferring the same host; or its
// path), or -1.
int Engine::listenerAt(const netcore::ConnectOptions &target) const
{
    int samePort = -1;
    for (int i = 0; i < m_madeListeners.size(); ++i) {
        const netcore::Server *server = m_madeListeners.at(i);
        if (!server || !server->isListening())
            continue;
        const netcore::SocketAddress address = server->address();
        if (!target.port) {
            if (address.isUnix() && !target.path.isEmpty() && address.path() == target.path)
                return i;
        } else if (!address.isUnix() && address.port() == *target.port) {
            if (address.address() == target.host)
                return i;
            if (samePort < 0)
                samePort = i;
        }
    }
    return samePort;
}

void Engine::startClient(const ClientSpec &spec)
{
    for (int i = 0; i < std::max(1, spec.connections); ++i) {
        if (spec.reconnect.enabled)
            keepClientUp(spec);
        else
            openClient(spec);
    }
}

// A client that stays up: each close schedules the next attempt, which opens a new socket (a
// new endpoint) in place of the closed one, until the user destroys the current one or the
// policy gives up.
void Engine::keepClientUp(const ClientSpec &spec)
{
    const KeptUpClient client {new Reconnector(spec.reconnect, this),
                               std::make_shared<ClientSpec>(spec)};
    Reconnector *reconnector = client.reconnector;
    auto current = std::make_shared<quint64>(0); // the socket the reconnector follows now
    const auto follow = [this, client, current](netcore::Socket *socket) {
        m_reconnectors.remove(*current);
        *current = socket->id();
        m_reconnectors.insert(socket->id(), client);
        connect(socket, &netcore::Socket::connected, client.reconnector, &Reconnector::connected);
        connect(socket, &netcore::Socket::closed, client.reconnector, &Reconnector::closed);
    };
    connect(reconnector, &Reconnector::attemptScheduled, reconnector,
            [this, current, reconnector](int attempt, int delayMs) {
                Q_EMIT reconnectScheduled(*current, attempt, delayMs,
                                          reconnector->policy().maxAttempts);
            });
    connect(reconnector, &Reconnector::attemptDue, reconnector,
            [this, client, follow, current](int attempt) {
                const quint64 previous = *current;
                follow(openClient(*client.spec, [&](netcore::Socket *socket) {
                    recordReconnect(socket, previous, attempt,
                                    client.reconnector->policy().delayBeforeAttempt(attempt));
                }));
                Q_EMIT reconnectStarted(previous, *current, attempt);
            });
    connect(reconnector, &Reconnector::gaveUp, reconnector,
            [this, reconnector, current](int attempts) {
                Q_EMIT commandFailed(*current,
                                     tr("gave up after %1 reconnect attempts").arg(attempts));
                m_reconnectors.remove(*current);
                reconnector->deleteLater();
            });
    follow(openClient(spec));
}

// The user's destroy ends a client that stays up: no attempt follows.
void Engine::stopReconnecting(quint64 id)
{
    if (Reconnector *reconnector = m_reconnectors.take(id).reconnector) {
        reconnector->stop();
        reconnector->deleteLater();
    }
}

netcore::Socket *Engine::openClient(const ClientSpec &spec,
                                    const std::function<void(netcore::Socket *)> &beforeConnect)
{
    netcore::SocketOptions options;
    options.allowHalfOpen = spec.allowHalfOpen;
    auto *socket = new netcore::Socket(options, this);
    connect(socket, &netcore::Socket::errorOccurred, socket,
            [this, socket](const netcore::NetError &error) { reportError(socket->id(), error); });
    m_observer->adopt(socket, socket->id(), netcore::EndpointKind::Socket);
    if (!spec.encoding.isEmpty()) {
        if (const netcore::NetError error = socket->setEncoding(spec.encoding))
            reportError(socket->id(), error);
    }
    if (!spec.replyRules.isEmpty())
        answerSocketByRules(socket, compileReplyRules(socket->id(), spec.replyRules));
    if (beforeConnect)
        beforeConnect(socket);
    if (const netcore::NetError error = socket->connectTo(spec.connect))
        reportError(socket->id(), error);
    return socket;
}

void Engine::setReplyRules(quint64 id, const ReplyRuleSet &rules)
{
    std::shared_ptr<ReplyRules> compiled = compileReplyRules(id, rules);
    if (!compiled && !rules.isEmpty())
        return;
    if (m_listenerRules.contains(id)) {
        m_listenerRules.insert(id, compiled);
        answerOpenConnectionsByRules(id, compiled);
        Q_EMIT replyRulesAttached(id, compiled);
        return;
    }
    // A client that stays up answers by these on its next sockets too.
    if (const auto kept = m_reconnectors.constFind(id); kept != m_reconnectors.cend())
        kept->spec->replyRules = rules;
    socketCommand(id, [this, compiled](netcore::Socket *socket) {
        answerSocketByRules(socket, compiled);
    });
}

std::shared_ptr<ReplyRules> Engine::compileReplyRules(quint64 id, const ReplyRuleSet &set)
{
    if (set.isEmpty())
        return nullptr;
    QString error;
    int badRule = -1;
    std::shared_ptr<ReplyRules> rules = ReplyRules::compile(set, &error, &badRule);
    if (!rules)
        Q_EMIT commandFailed(id,
                             badRule >= 0 ? tr("auto-reply rule %1: %2").arg(badRule + 1).arg(error)
                                          : tr("auto-reply rules: %1").arg(error));
    return rules;
}

// The connections a listener made here has open now (on this, the engine thread) take the
// new rules from their next message on: a responder keeps its state and swaps the shared
// compiled set; without rules, the listener's preset (echo, discard) answers again.
void Engine::answerOpenConnectionsByRules(quint64 listenerId,
                                          const std::shared_ptr<ReplyRules> &rules)
{
    const auto listener = std::find_if(m_madeListeners.cbegin(), m_madeListeners.cend(),
                                       [listenerId](const QPointer<netcore::Server> &server) {
                                           return server && server->id() == listenerId;
                                       });
    if (listener == m_madeListeners.cend())
        return;
    const AutoReply preset = m_listenerPresets.value(listenerId);
    for (netcore::Socket *socket :
         (*listener)->findChildren<netcore::Socket *>(Qt::FindDirectChildrenOnly)) {
        if (socket->isDestroyed())
            continue;
        auto *responder = socket->findChild<AutoResponder *>(QString(), Qt::FindDirectChildrenOnly);
        if (responder && rules) {
            responder->setRules(rules);
        } else if (rules) {
            delete socket->findChild<QObject *>(AutoReplyPresetName, Qt::FindDirectChildrenOnly);
            new AutoResponder(socket, rules);
        } else if (responder) {
            delete responder;
            attachAutoReply(socket, preset);
        }
    }
}

// On the socket's thread: its previous responder (if any) goes, the new one answers from now on.
void Engine::answerSocketByRules(netcore::Socket *socket, std::shared_ptr<ReplyRules> rules)
{
    delete socket->findChild<AutoResponder *>(QString(), Qt::FindDirectChildrenOnly);
    if (rules)
        new AutoResponder(socket, rules);
    Q_EMIT replyRulesAttached(socket->id(), std::move(rules));
}

void Engine::createRelay(const RelaySpec &spec)
{
    auto *relay = new Relay(spec.listen, spec.target, this);
    relay->setFaults(spec.faults);
    relay->setConnectTimeoutMs(spec.connectTimeoutMs);
    const quint64 id = relay->server()->id();
    m_relays.insert(id, relay);
    connect(relay, &Relay::errorOccurred, relay,
            [this, id](const netcore::NetError &error) { reportError(id, error); });
    connect(relay, &Relay::connectionOpened, relay, [this, id](RelayConnection *connection) {
        Q_EMIT relayLegsPaired(id, connection->client()->id(), connection->server()->id());
    });
    connect(relay, &Relay::connectionFinished, relay, [this, relay](RelayConnection *connection) {
        if (connection->connectTimedOut())
            Q_EMIT commandFailed(connection->client()->id(),
                                 tr("the target did not answer within %1 ms: the "
                                    "client was reset")
                                         .arg(relay->connectTimeoutMs()));
    });
    // A closed relay goes once its last pair has finished (each pair deletes itself), so
    // nothing of it waits for the engine to stop.
    const auto releaseIfDone = [relay] {
        const QList<RelayConnection *> open = relay->connections();
        if (relay->server()->isListening() || relay->server()->isStarting()
            || std::any_of(open.cbegin(), open.cend(),
                           [](const RelayConnection *c) { return !c->isFinished(); }))
            return;
        relay->deleteLater();
    };
    connect(relay->server(), &netcore::Server::closed, relay, releaseIfDone);
    connect(relay, &Relay::connectionFinished, relay, releaseIfDone);
    connect(relay, &QObject::destroyed, this, [this, id] { m_relays.remove(id); });
    // Registered before listen() so the 'listen' call record finds it known.
    m_observer->adopt(relay->server(), id, netcore::EndpointKind::Server);
    Q_EMIT relayCreated(id, spec);
    if (const netcore::NetError error = relay->start())
        reportError(id, error);
}

void Engine::setRelayFaults(quint64 relayId, const RelayFaults &faults)
{
    if (Relay *relay = m_relays.value(relayId))
        relay->setFaults(faults);
    else
        Q_EMIT commandFailed(relayId,
                             tr("Endpoint %1 is not a relay, or it is gone.").arg(relayId));
}

void Engine::requestRelayCounts(quint64 relayId)
{
    if (Relay *relay = m_relays.value(relayId))
        Q_EMIT relayCountsReady(relayId, relay->counts());
}

void Engine::reportError(quint64 id, const netcore::NetError &error)
{
    const QString code = error.code();
    Q_EMIT commandFailed(id, code.isEmpty() ? error.message() : code + u": "_s + error.message());
}

void Engine::socketCommand(quint64 id, std::function<void(netcore::Socket *)> fn)
{
    m_registry.runOnSocket(id, std::move(fn), [this, id] {
        Q_EMIT commandFailed(id, tr("Endpoint %1 is not a socket, or it is gone.").arg(id));
    });
}

void Engine::serverCommand(quint64 id, std::function<void(netcore::Server *)> fn)
{
    m_registry.runOnServer(id, std::move(fn), [this, id] {
        Q_EMIT commandFailed(id, tr("Endpoint %1 is not a server, or it is gone.").arg(id));
    });
}

void Engine::write(quint64 id, const QByteArray &bytes)
{
    socketCommand(id, [bytes](netcore::Socket *socket) { socket->write(bytes); });
}

void Engine::end(quint64 id)
{
    socketCommand(id, [](netcore::Socket *socket) { socket->end(); });
}

void Engine::destroy(quint64 id)
{
    stopReconnecting(id);
    socketCommand(id, [](netcore::Socket *socket) { socket->destroy(); });
}

void Engine::destroyWithError(quint64 id, const QString &message)
{
    stopReconnecting(id);
    socketCommand(id, [message](netcore::Socket *socket) {
        socket->destroy(netcore::NetError::plain(message));
    });
}

void Engine::resetAndDestroy(quint64 id)
{
    stopReconnecting(id);
    socketCommand(id, [](netcore::Socket *socket) { socket->resetAndDestroy(); });
}

void Engine::pause(quint64 id)
{
    socketCommand(id, [](netcore::Socket *socket) { socket->pause(); });
}

void Engine::resume(quint64 id)
{
    socketCommand(id, [](netcore::Socket *socket) { socket->resume(); });
}

void Engine::setNoDelay(quint64 id, bool noDelay)
{
    socketCommand(id, [noDelay](netcore::Socket *socket) { socket->setNoDelay(noDelay); });
}

void Engine::setKeepAlive(quint64 id, bool enable, int initialDelayMs)
{
    socketCommand(id, [enable, initialDelayMs](netcore::Socket *socket) {
        socket->setKeepAlive(enable, initialDelayMs);
    });
}

void Engine::setTimeout(quint64 id, qint64 ms)
{
    socketCommand(id, [this, id, ms](netcore::Socket *socket) {
        if (const netcore::NetError error = socket->setTimeout(ms))
            reportError(id, error);
    });
}

void Engine::setEncoding(quint64 id, const QString &encoding)
{
    socketCommand(id, [this, id, encoding](netcore::Socket *socket) {
        if (const netcore::NetError error = socket->setEncoding(encoding))
            reportError(id, error);
    });
}

void Engine::setSendBufferSize(quint64 id, int bytes)
{
    socketCommand(id, [this, id, bytes](netcore::Socket *socket) {
        if (const netcore::NetError error = socket->setSendBufferSize(bytes))
            reportError(id, error);
    });
}

void Engine::setReceiveBufferSize(quint64 id, int bytes)
{
    socketCommand(id, [this, id, bytes](netcore::Socket *socket) {
        if (const netcore::NetError error = socket->setReceiveBufferSize(bytes))
            reportError(id, error);
    });
}

void Engine::closeServer(quint64 id)
{
    serverCommand(id, [](netcore::Server *server) { server->close(); });
}

void Engine::setMaxConnections(quint64 id, int max)
{
    serverCommand(id, [max](netcore::Server *server) { server->setMaxConnections(max); });
}

void Engine::setReferenced(quint64 id, bool referenced)
{
    m_registry.runOnServer(
            id,
            [referenced](netcore::Server *server) { referenced ? server->ref() : server->unref(); },
            [this, id, referenced] {
                socketCommand(id, [referenced](netcore::Socket *socket) {
                    referenced ? socket->ref() : socket->unref();
                });
            });
}

void Engine::closeAll()
{
    for (const KeptUpClient &client : std::as_const(m_reconnectors))
        client.reconnector->stop();
    for (netcore::Socket *socket : findChildren<netcore::Socket *>())
        socket->destroy();
    // A listener still resolving its host is closed too, or it would listen once the answer came.
    for (netcore::Server *server : findChildren<netcore::Server *>()) {
        if (server->isListening() || server->isStarting())
            server->close();
    }
}

void Engine::forgetEndpoints(const QList<quint64> &ids)
{
    for (const quint64 id : ids) {
        if (m_relays.contains(id))
            continue; // a relay is deleted once it is closed and its last pair has finished
        m_registry.runOnServer(
                id, [this](netcore::Server *server) { releaseWhenClosed(server); },
                [this, id] {
                    m_registry.runOnSocket(
                            id, [this](netcore::Socket *socket) { releaseWhenClosed(socket); });
                });
    }
}

// A listener made here goes once it no longer listens and its last connection has closed
// (Node's 'close'); deleting it earlier would take open connections with it.
void Engine::releaseWhenClosed(netcore::Server *server)
{
    if (server->parent() != this)
        return;
    if (!server->isListening() && !server->isStarting() && server->connectionCount() == 0)
        server->deleteLater();
    else
        connect(server, &netcore::Server::closed, server, &QObject::deleteLater,
                Qt::UniqueConnection);
}

// A client made here, or a connection one of its listeners accepted. A socket already
// destroyed has its 'close' emitted before this runs (the window saw it closed), or queued
// before the deletion is.
void Engine::releaseWhenClosed(netcore::Socket *socket)
{
    const QObject *owner = socket->parent();
    const bool ours = owner == this
            || (owner && owner->parent() == this && qobject_cast<const netcore::Server *>(owner));
    if (!ours)
        return;
    if (socket->isDestroyed())
        socket->deleteLater();
    else
        connect(socket, &netcore::Socket::closed, socket, &QObject::deleteLater,
                Qt::UniqueConnection);
}

void Engine::sendFile(quint64 id, const QString &path, bool endAfter)
{
    // fileSendFinished() follows every call, also when the socket is not there: the composer
    // shows the send until it hears the end of it.
    m_registry.runOnSocket(
            id,
            [this, id, path, endAfter](netcore::Socket *socket) {
                startFileSend(socket, id, path, endAfter);
            },
            [this, id] {
                Q_EMIT commandFailed(id, tr("Endpoint %1 is not a socket, or it is gone.").arg(id));
                Q_EMIT fileSendFinished(id, tr("The connection is gone."));
            });
}

// On the socket's thread.
void Engine::startFileSend(netcore::Socket *socket, quint64 id, const QString &path, bool endAfter)
{
    QMutexLocker lock(&m_fileSendersMutex);
    if (m_fileSenders.contains(id)) {
        Q_EMIT fileSendFinished(id, tr("A file is already being sent on this connection."));
        return;
    }
    // The sender lives on the socket's thread, as a child of the socket.
    auto *sender = new FileSender(socket, path, endAfter, socket);
    connect(
            sender, &FileSender::progress, this,
            [this, id](qint64 sent, qint64 total) { Q_EMIT fileSendProgress(id, sent, total); },
            Qt::DirectConnection);
    connect(
            sender, &FileSender::finished, this,
            [this, id, sender](const QString &error) {
                QMutexLocker finishedLock(&m_fileSendersMutex);
                m_fileSenders.remove(id);
                Q_EMIT fileSendFinished(id, error);
                sender->deleteLater();
            },
            Qt::DirectConnection);
    // Deleted with its socket before it could finish: the send still ends.
    connect(
            sender, &QObject::destroyed, this,
            [this, id, sender] {
                QMutexLocker destroyedLock(&m_fileSendersMutex);
                const auto it = m_fileSenders.constFind(id);
                if (it == m_fileSenders.cend() || *it != sender)
                    return;
                m_fileSenders.erase(it);
                Q_EMIT fileSendFinished(id, tr("The connection closed before the file was sent."));
            },
            Qt::DirectConnection);
    m_fileSenders.insert(id, sender);
    lock.unlock();
    QString error;
    if (!sender->start(&error)) {
        lock.relock();
        m_fileSenders.remove(id);
        lock.unlock();
        delete sender;
        Q_EMIT fileSendFinished(id, error);
    }
}

void Engine::cancelFileSend(quint64 id)
{
    socketCommand(id, [this, id](netcore::Socket *) {
        QMutexLocker lock(&m_fileSendersMutex);
        if (FileSender *sender = m_fileSenders.value(id))
            sender->cancel();
    });
}

void Engine::requestSnapshot(quint64 id)
{
    const auto gone = [this, id] {
        EndpointSnapshot snapshot;
        snapshot.id = id;
        Q_EMIT snapshotReady(snapshot);
    };
    m_registry.runOnServer(
            id, [this](netcore::Server *server) { Q_EMIT snapshotReady(snapshotOf(*server)); },
            [this, id, gone] {
                m_registry.runOnSocket(
                        id,
                        [this](netcore::Socket *socket) {
                            Q_EMIT snapshotReady(snapshotOf(*socket));
                        },
                        gone);
            });
}

EndpointSnapshot snapshotOf(const netcore::Server &server)
{
    EndpointSnapshot s;
    s.id = server.id();
    s.kind = netcore::EndpointKind::Server;
    s.exists = true;
    s.serverAddress = trace::TraceAddress::from(server.address());
    s.listening = server.isListening();
    s.connections = server.connectionCount();
    s.maxConnections = server.maxConnections();
    s.referenced = server.hasRef();
    s.allowHalfOpen = server.options().allowHalfOpen;
    return s;
}

EndpointSnapshot snapshotOf(const netcore::Socket &socket)
{
    EndpointSnapshot s;
    s.id = socket.id();
    s.kind = netcore::EndpointKind::Socket;
    s.exists = true;
    s.local = trace::TraceAddress::from(socket.address());
    s.remote = trace::TraceAddress::from(socket.remote());
    s.readyState = socket.readyState();
    s.connecting = socket.isConnecting();
    s.destroyed = socket.isDestroyed();
    s.paused = socket.isPaused();
    s.allowHalfOpen = socket.allowHalfOpen();
    s.unixSocket = socket.isUnixSocket();
    s.referenced = socket.hasRef();
    s.bytesRead = socket.bytesRead();
    s.bytesWritten = socket.bytesWritten();
    s.bufferSize = socket.bufferSize();
    s.timeoutMs = socket.timeout();
    if (const auto encoding = socket.encoding())
        s.encoding = netcore::encodingName(*encoding);
    if (!s.destroyed)
        s.kernel = socket.kernelInfo();
    return s;
}

} // namespace session
