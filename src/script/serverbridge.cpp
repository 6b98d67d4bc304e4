#include "serverbridge.h"

#include "runtime.h"
#include "socketbridge.h"

#include <net/server.h>
#include <net/socket.h>

#include <QCoreApplication>
#include <QJSEngine>

using namespace Qt::StringLiterals;

namespace script {

ServerBridge::ServerBridge(Runtime *runtime, netcore::Server *server)
    : Bridge(runtime, server->id())
    , m_server(server)
{
    using netcore::Server;
    m_server->setParent(this);
    QObject::connect(m_server, &Server::listening, this, [this] { emitEvent(Event::Listening); });
    QObject::connect(m_server, &Server::newConnection, this, &ServerBridge::onNewConnection);
    QObject::connect(
            m_server, &Server::dropped, this,
            [this](const netcore::SocketAddress &local, const netcore::SocketAddress &remote) {
                emitEvent(Event::Drop, addressValue(local), addressValue(remote));
            });
    QObject::connect(
            m_server, &Server::errorOccurred, this,
            [this](const netcore::NetError &error) { emitEvent(Event::Error, errorValue(error)); });
    QObject::connect(m_server, &Server::closed, this, [this] { emitEvent(Event::Close); });
}

// What the server still has to deliver (a 'listening', an 'error', a 'close', a lookup's
// answer) is queued in netcore, which counts it for the runtime as a pending delivery.
bool ServerBridge::isAwaitingEvents() const
{
    return false;
}

void ServerBridge::onNewConnection(netcore::Socket *socket)
{
    auto *bridge = new SocketBridge(runtime(), socket);
    QJSEngine *engine = runtime()->engine();
    emitEvent(Event::Connection, engine->newQObject(bridge));
}

QJSValue ServerBridge::listen(const QJSValue &options)
{
    netcore::ListenOptions listen;
    const QJSValue port = options.property(u"port"_s);
    if (port.isNumber())
        listen.port = port.toInt();
    const QJSValue host = options.property(u"host"_s);
    if (host.isString())
        listen.host = host.toString();
    const QJSValue path = options.property(u"path"_s);
    if (path.isString())
        listen.path = path.toString();
    const QJSValue fd = options.property(u"fd"_s);
    if (fd.isNumber()) {
        if (!runtime()->options().allowDescriptorAdoption) {
            runtime()->engine()->throwError(u"descriptor adoption is not allowed in this run"_s);
            return {};
        }
        listen.fd = fd.toInt();
    }
    const QJSValue backlog = options.property(u"backlog"_s);
    if (backlog.isNumber())
        listen.backlog = backlog.toInt();
    listen.exclusive = options.property(u"exclusive"_s).toBool();
    listen.ipv6Only = options.property(u"ipv6Only"_s).toBool();
    return errorValue(m_server->listen(listen));
}

void ServerBridge::close()
{
    m_server->close();
}

void ServerBridge::deliverPending()
{
    QCoreApplication::sendPostedEvents(m_server, QEvent::MetaCall);
}

void ServerBridge::ref()
{
    m_server->ref();
}

void ServerBridge::unref()
{
    m_server->unref();
}

bool ServerBridge::hasRef() const
{
    return m_server->hasRef();
}

QJSValue ServerBridge::address() const
{
    return addressValue(m_server->address());
}

bool ServerBridge::isListening() const
{
    return m_server->isListening();
}

bool ServerBridge::isIdle() const
{
    return m_server->isIdle();
}

int ServerBridge::connectionCount() const
{
    return m_server->connectionCount();
}

int ServerBridge::maxConnections() const
{
    return m_server->maxConnections();
}

void ServerBridge::setMaxConnections(int max)
{
    m_server->setMaxConnections(max);
}

} // namespace script
