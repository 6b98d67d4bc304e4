#include "workspace.h"

#include "regularfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace session {

namespace {

constexpr int FormatVersion = 1;

// lupdate finds the strings through a class's tr(): the context is session::Workspace.
struct WorkspaceText
{
    Q_DECLARE_TR_FUNCTIONS(session::Workspace)
};

// A rule set a later netbench cannot read is left out rather than half applied.
ReplyRuleSet replyRulesFromJson(const QJsonObject &o)
{
    QString error;
    return ReplyRuleSet::fromJson(o[u"replyRules"_s].toObject(), &error).value_or(ReplyRuleSet {});
}

QJsonObject toJson(const ListenerSpec &spec)
{
    QJsonObject o;
    if (spec.listen.port) {
        o[u"port"_s] = *spec.listen.port;
        o[u"host"_s] = spec.listen.host;
    } else {
        o[u"path"_s] = spec.listen.path;
    }
    o[u"backlog"_s] = spec.listen.backlog;
    o[u"exclusive"_s] = spec.listen.exclusive;
    o[u"ipv6Only"_s] = spec.listen.ipv6Only;
    o[u"allowHalfOpen"_s] = spec.server.allowHalfOpen;
    o[u"pauseOnConnect"_s] = spec.server.pauseOnConnect;
    o[u"maxConnections"_s] = spec.maxConnections;
    o[u"autoReply"_s] = autoReplyName(spec.autoReply);
    if (!spec.replyRules.isEmpty())
        o[u"replyRules"_s] = spec.replyRules.toJson();
    return o;
}

QJsonObject toJson(const ClientSpec &spec)
{
    const netcore::ConnectOptions &c = spec.connect;
    QJsonObject o;
    if (c.port) {
        o[u"port"_s] = *c.port;
        o[u"host"_s] = c.host;
    } else {
        o[u"path"_s] = c.path;
    }
    o[u"family"_s] = c.family;
    if (!c.localAddress.isEmpty())
        o[u"localAddress"_s] = c.localAddress;
    if (c.localPort)
        o[u"localPort"_s] = *c.localPort;
    if (c.timeout)
        o[u"timeout"_s] = double(*c.timeout);
    o[u"noDelay"_s] = c.noDelay;
    o[u"keepAlive"_s] = c.keepAlive;
    o[u"keepAliveInitialDelay"_s] = c.keepAliveInitialDelay;
    o[u"allowHalfOpen"_s] = spec.allowHalfOpen;
    if (!spec.encoding.isEmpty())
        o[u"encoding"_s] = spec.encoding;
    if (spec.listener >= 0)
        o[u"listener"_s] = spec.listener;
    if (!spec.replyRules.isEmpty())
        o[u"replyRules"_s] = spec.replyRules.toJson();
    if (spec.connections > 1)
        o[u"connections"_s] = spec.connections;
    if (spec.reconnect.enabled)
        o[u"reconnect"_s] = spec.reconnect.toJson();
    return o;
}

ListenerSpec listenerFromJson(const QJsonObject &o)
{
    ListenerSpec spec;
    if (o.contains(u"port"_s))
        spec.listen = netcore::ListenOptions::tcp(o[u"port"_s].toInt(), o[u"host"_s].toString());
    else
        spec.listen = netcore::ListenOptions::unixPath(o[u"path"_s].toString());
    spec.listen.backlog = o[u"backlog"_s].toInt(netcore::DefaultBacklog);
    spec.listen.exclusive = o[u"exclusive"_s].toBool();
    spec.listen.ipv6Only = o[u"ipv6Only"_s].toBool();
    spec.server.allowHalfOpen = o[u"allowHalfOpen"_s].toBool();
    spec.server.pauseOnConnect = o[u"pauseOnConnect"_s].toBool();
    spec.maxConnections = o[u"maxConnections"_s].toInt(-1);
    spec.autoReply = autoReplyFromName(o[u"autoReply"_s].toString());
    spec.replyRules = replyRulesFromJson(o);
    return spec;
}

ClientSpec clientFromJson(const QJsonObject &o)
{
    ClientSpec spec;
    netcore::ConnectOptions &c = spec.connect;
    if (o.contains(u"port"_s))
        c = netcore::ConnectOptions::tcp(o[u"port"_s].toInt(), o[u"host"_s].toString());
    else
        c = netcore::ConnectOptions::unixPath(o[u"path"_s].toString());
    c.family = o[u"family"_s].toInt();
    c.localAddress = o[u"localAddress"_s].toString();
    if (o.contains(u"localPort"_s))
        c.localPort = o[u"localPort"_s].toInt();
    if (o.contains(u"timeout"_s))
        c.timeout = qint64(o[u"timeout"_s].toDouble());
    c.noDelay = o[u"noDelay"_s].toBool();
    c.keepAlive = o[u"keepAlive"_s].toBool();
    c.keepAliveInitialDelay = o[u"keepAliveInitialDelay"_s].toInt();
    spec.allowHalfOpen = o[u"allowHalfOpen"_s].toBool();
    spec.encoding = o[u"encoding"_s].toString();
    spec.listener = o[u"listener"_s].toInt(-1);
    spec.connections = std::max(1, o[u"connections"_s].toInt(1));
    spec.reconnect = ReconnectPolicy::fromJson(o[u"reconnect"_s].toObject());
    spec.replyRules = replyRulesFromJson(o);
    return spec;
}

// A relay's sides: {"port", "host"} or {"path"}.
QJsonObject sideToJson(const std::optional<int> &port, const QString &host, const QString &path)
{
    if (port)
        return {{u"port"_s, *port}, {u"host"_s, host}};
    return {{u"path"_s, path}};
}

void putBytes(QJsonObject &o, const QString &key, const std::optional<qint64> &bytes)
{
    if (bytes)
        o[key] = double(*bytes);
}

std::optional<qint64> bytesFrom(const QJsonObject &o, const QString &key)
{
    if (!o.contains(key))
        return std::nullopt;
    return qint64(std::max(0.0, o[key].toDouble()));
}

QJsonObject toJson(const DirectionFaults &f)
{
    QJsonObject o {{u"latencyMs"_s, double(f.latencyMs)},
                   {u"bytesPerSecond"_s, double(f.bytesPerSecond)},
                   {u"pieceMin"_s, double(f.pieceMin)},
                   {u"pieceMax"_s, double(f.pieceMax)},
                   {u"piecePauseMs"_s, double(f.piecePauseMs)},
                   {u"hold"_s, f.hold}};
    putBytes(o, u"holdAfterBytes"_s, f.holdAfterBytes);
    putBytes(o, u"finAfterBytes"_s, f.finAfterBytes);
    putBytes(o, u"rstAfterBytes"_s, f.rstAfterBytes);
    putBytes(o, u"cutAfterBytes"_s, f.cutAfterBytes);
    return o;
}

DirectionFaults directionFromJson(const QJsonObject &o)
{
    const auto count
            = [&o](const QString &key) { return qint64(std::max(0.0, o[key].toDouble())); };
    DirectionFaults f;
    f.latencyMs = count(u"latencyMs"_s);
    f.bytesPerSecond = count(u"bytesPerSecond"_s);
    f.pieceMin = count(u"pieceMin"_s);
    f.pieceMax = count(u"pieceMax"_s);
    if (f.pieceMax > 0)
        f.pieceMin = std::clamp(f.pieceMin, qint64(1), f.pieceMax);
    f.piecePauseMs = count(u"piecePauseMs"_s);
    f.hold = o[u"hold"_s].toBool();
    f.holdAfterBytes = bytesFrom(o, u"holdAfterBytes"_s);
    f.finAfterBytes = bytesFrom(o, u"finAfterBytes"_s);
    f.rstAfterBytes = bytesFrom(o, u"rstAfterBytes"_s);
    f.cutAfterBytes = bytesFrom(o, u"cutAfterBytes"_s);
    return f;
}

QJsonObject toJson(const RelaySpec &spec)
{
    QJsonObject faults {{u"clientToServer"_s, toJson(spec.faults.clientToServer)},
                        {u"serverToClient"_s, toJson(spec.faults.serverToClient)},
                        {u"refuseConnections"_s, spec.faults.refuseConnections}};
    if (spec.faults.refuseAfterConnections)
        faults[u"refuseAfterConnections"_s] = *spec.faults.refuseAfterConnections;
    return {{u"listen"_s, sideToJson(spec.listen.port, spec.listen.host, spec.listen.path)},
            {u"target"_s, sideToJson(spec.target.port, spec.target.host, spec.target.path)},
            {u"connectTimeoutMs"_s, spec.connectTimeoutMs},
            {u"faults"_s, faults}};
}

RelaySpec relayFromJson(const QJsonObject &o)
{
    RelaySpec spec;
    const QJsonObject listen = o[u"listen"_s].toObject();
    spec.listen = listen.contains(u"port"_s)
            ? netcore::ListenOptions::tcp(listen[u"port"_s].toInt(), listen[u"host"_s].toString())
            : netcore::ListenOptions::unixPath(listen[u"path"_s].toString());
    const QJsonObject target = o[u"target"_s].toObject();
    spec.target = target.contains(u"port"_s)
            ? netcore::ConnectOptions::tcp(target[u"port"_s].toInt(), target[u"host"_s].toString())
            : netcore::ConnectOptions::unixPath(target[u"path"_s].toString());
    spec.connectTimeoutMs
            = std::max(0, o[u"connectTimeoutMs"_s].toInt(Relay::DefaultConnectTimeoutMs));
    const QJsonObject faults = o[u"faults"_s].toObject();
    spec.faults.clientToServer = directionFromJson(faults[u"clientToServer"_s].toObject());
    spec.faults.serverToClient = directionFromJson(faults[u"serverToClient"_s].toObject());
    spec.faults.refuseConnections = faults[u"refuseConnections"_s].toBool();
    if (faults.contains(u"refuseAfterConnections"_s))
        spec.faults.refuseAfterConnections
                = std::max(0, faults[u"refuseAfterConnections"_s].toInt());
    return spec;
}

} // namespace

QByteArray Workspace::toJson() const
{
    QJsonArray listenerArray;
    for (const ListenerSpec &spec : listeners)
        listenerArray.append(session::toJson(spec));
    QJsonArray clientArray;
    for (const ClientSpec &spec : clients)
        clientArray.append(session::toJson(spec));
    QJsonArray relayArray;
    for (const RelaySpec &spec : relays)
        relayArray.append(session::toJson(spec));
    const QJsonObject root {{u"format"_s, u"netbench-workspace"_s},
                            {u"version"_s, FormatVersion},
                            {u"listeners"_s, listenerArray},
                            {u"clients"_s, clientArray},
                            {u"relays"_s, relayArray},
                            {u"messages"_s, messages.toJsonArray()}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool Workspace::fromJson(const QByteArray &json, Workspace *workspace, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        *error = WorkspaceText::tr("Not valid JSON (offset %1): %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    if (root[u"format"_s].toString() != u"netbench-workspace") {
        *error = WorkspaceText::tr(
                "Not a netbench workspace (no \"format\": \"netbench-workspace\").");
        return false;
    }
    if (root[u"version"_s].toInt() != FormatVersion) {
        *error = WorkspaceText::tr(
                         "Workspace version %1 is not supported (this netbench reads version %2).")
                         .arg(root[u"version"_s].toInt())
                         .arg(FormatVersion);
        return false;
    }
    Workspace result;
    for (const auto &value : root[u"listeners"_s].toArray())
        result.listeners.append(listenerFromJson(value.toObject()));
    for (const auto &value : root[u"clients"_s].toArray())
        result.clients.append(clientFromJson(value.toObject()));
    for (const auto &value : root[u"relays"_s].toArray())
        result.relays.append(relayFromJson(value.toObject()));
    result.messages = MessageLibrary::fromJsonArray(root[u"messages"_s].toArray());
    for (qsizetype i = 0; i < result.clients.size(); ++i) {
        const int listener = result.clients.at(i).listener;
        if (listener < -1 || listener >= result.listeners.size()) {
            *error = WorkspaceText::tr("Client %1 connects to listener %2, which the workspace "
                                       "does not have.")
                             .arg(i + 1)
                             .arg(listener + 1);
            return false;
        }
    }
    *workspace = result;
    return true;
}

bool Workspace::save(const QString &path, QString *error) const
{
    const QByteArray json = toJson();
    return writeRegularFile(
            path, [&json](const WriteFunction &write) { write(json); }, error);
}

bool Workspace::load(const QString &path, Workspace *workspace, QString *error)
{
    QFile file(path);
    if (!openRegularFile(&file, MaxFileBytes, error))
        return false;
    // Never more than the limit, even from a file that grows while it is read.
    return fromJson(file.read(MaxFileBytes), workspace, error);
}

} // namespace session
