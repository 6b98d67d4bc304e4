#include "netbinding.h"

#include "dnsbridge.h"
#include "runtime.h"
#include "serverbridge.h"
#include "socketbridge.h"

#include <net/ipaddress.h>
#include <net/server.h>
#include <net/socket.h>

#include <QJSEngine>

using namespace Qt::StringLiterals;

namespace script {

NetBinding::NetBinding(Runtime *runtime)
    : m_runtime(runtime)
{ }

QJSValue NetBinding::createSocket(const QJSValue &options)
{
    netcore::SocketOptions socketOptions;
    socketOptions.allowHalfOpen = true;
    const QJSValue fd = options.property(u"fd"_s);
    if (fd.isNumber()) {
        if (!mayAdoptDescriptors()) {
            m_runtime->engine()->throwError(u"descriptor adoption is not allowed in this run"_s);
            return {};
        }
        socketOptions.fd = fd.toInt();
    }
    socketOptions.readable = options.property(u"readable"_s).toBool();
    socketOptions.writable = options.property(u"writable"_s).toBool();
    auto *bridge = new SocketBridge(m_runtime, new netcore::Socket(socketOptions));
    return m_runtime->engine()->newQObject(bridge);
}

QJSValue NetBinding::createServer(const QJSValue &options)
{
    netcore::ServerOptions serverOptions;
    serverOptions.allowHalfOpen = true;
    serverOptions.pauseOnConnect = options.property(u"pauseOnConnect"_s).toBool();
    serverOptions.noDelay = options.property(u"noDelay"_s).toBool();
    serverOptions.keepAlive = options.property(u"keepAlive"_s).toBool();
    serverOptions.keepAliveInitialDelay = options.property(u"keepAliveInitialDelay"_s).toInt();
    auto *bridge = new ServerBridge(m_runtime, new netcore::Server(serverOptions));
    return m_runtime->engine()->newQObject(bridge);
}

QJSValue NetBinding::createResolver()
{
    return m_runtime->engine()->newQObject(new DnsBridge(m_runtime));
}

bool NetBinding::mayAdoptDescriptors() const
{
    return m_runtime->options().allowDescriptorAdoption;
}

int NetBinding::isIP(const QString &input) const
{
    return netcore::isIP(input);
}

int NetBinding::write(double id, const QJSValue &data, int requestId)
{
    auto *socket = qobject_cast<SocketBridge *>(m_runtime->bridge(id));
    return socket ? socket->write(m_runtime->bytesOf(data), requestId)
                  : int(SocketBridge::AlreadyDestroyed);
}

int NetBinding::writeText(double id, const QString &text, const QString &encoding, int requestId)
{
    auto *socket = qobject_cast<SocketBridge *>(m_runtime->bridge(id));
    return socket ? socket->writeText(text, encoding, requestId)
                  : int(SocketBridge::AlreadyDestroyed);
}

int NetBinding::writeJoined(double id, const QJSValue &data, double length, int requestId)
{
    auto *socket = qobject_cast<SocketBridge *>(m_runtime->bridge(id));
    return socket ? socket->writeJoined(m_runtime->bytesOf(data), qint64(length), requestId)
                  : int(SocketBridge::AlreadyDestroyed);
}

} // namespace script
