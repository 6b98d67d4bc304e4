#include "workspace.h"

#include "regularfile.h"

#include "net/encoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace session {

namespace {

constexpr int FormatVersion = 1;
// sockaddr_un::sun_path holds 108 bytes with the terminating NUL.
constexpr int MaxUnixPathBytes = 107;

// lupdate finds the strings through a class's tr(): the context is session::Workspace.
struct WorkspaceText
{
    Q_DECLARE_TR_FUNCTIONS(session::Workspace)
};

// What is wrong in one entry of the file, each told with the entry's name.
class Problems
{
public:
    Problems(QStringList *all, QString entry)
        : m_all(all)
        , m_entry(std::move(entry))
    { }
    void add(const QString &problem) { m_all->append(m_entry + u": "_s + problem); }

private:
    QStringList *m_all;
    QString m_entry;
};

QString describe(const QJsonValue &value)
{
    if (value.isString())
        return u"\"%1\""_s.arg(value.toString());
    if (value.isDouble())
        return QString::number(value.toDouble());
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
}

// The saved port, or -1 (which netcore refuses with ERR_SOCKET_BAD_PORT) for one that is not
// a whole number in range: never 0, which would listen on a port of the kernel's choosing.
int portFrom(const QJsonObject &o, int lowest, Problems &problems)
{
    const QJsonValue value = o[u"port"_s];
    const double port = value.toDouble(-1);
    if (value.isDouble() && port >= lowest && port <= 65535 && port == std::floor(port))
        return int(port);
    problems.add(WorkspaceText::tr("port %1 is not a whole number from %2 to 65535")
                         .arg(describe(value))
                         .arg(lowest));
    return -1;
}

QString pathFrom(const QJsonObject &o, Problems &problems)
{
    const QJsonValue value = o[u"path"_s];
    const QString path = value.toString();
    if (!value.isString() || path.isEmpty())
        problems.add(WorkspaceText::tr("neither a port nor a Unix socket path"));
    else if (path.toLocal8Bit().size() > MaxUnixPathBytes)
        problems.add(WorkspaceText::tr("the Unix socket path is longer than %n byte(s)", nullptr,
                                       MaxUnixPathBytes));
    return path;
}

netcore::ListenOptions listenSideFrom(const QJsonObject &o, Problems &problems)
{
    if (o.contains(u"port"_s))
        return netcore::ListenOptions::tcp(portFrom(o, 0, problems), o[u"host"_s].toString());
    return netcore::ListenOptions::unixPath(pathFrom(o, problems));
}

netcore::ConnectOptions connectSideFrom(const QJsonObject &o, Problems &problems)
{
    if (o.contains(u"port"_s))
        return netcore::ConnectOptions::tcp(portFrom(o, 1, problems), o[u"host"_s].toString());
    return netcore::ConnectOptions::unixPath(pathFrom(o, problems));
}

ReplyRuleSet replyRulesFromJson(const QJsonObject &o, Problems &problems)
{
    QStringList ruleProblems;
    ReplyRuleSet rules
            = ReplyRuleSet::fromJsonKeepingProblems(o[u"replyRules"_s].toObject(), &ruleProblems);
    for (const QString &problem : std::as_const(ruleProblems))
        problems.add(WorkspaceText::tr("auto-reply %1").arg(problem));
    return rules;
}

// Where an entry listens or connects, as the problems name it: port 8080, /tmp/x.sock.
QString placeOf(const QJsonObject &o)
{
    if (o.contains(u"port"_s))
        return WorkspaceText::tr("port %1").arg(describe(o[u"port"_s]));
    return o[u"path"_s].toString();
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

ListenerSpec listenerFromJson(const QJsonObject &o, Problems &problems)
{
    ListenerSpec spec;
    spec.listen = listenSideFrom(o, problems);
    spec.listen.backlog = o[u"backlog"_s].toInt(netcore::DefaultBacklog);
    spec.listen.exclusive = o[u"exclusive"_s].toBool();
    spec.listen.ipv6Only = o[u"ipv6Only"_s].toBool();
    spec.server.allowHalfOpen = o[u"allowHalfOpen"_s].toBool();
    spec.server.pauseOnConnect = o[u"pauseOnConnect"_s].toBool();
    spec.maxConnections = o[u"maxConnections"_s].toInt(-1);
    const QString autoReply = o[u"autoReply"_s].toString(u"none"_s);
    spec.autoReply = autoReplyFromName(autoReply);
    if (autoReplyName(spec.autoReply) != autoReply)
        problems.add(WorkspaceText::tr("unknown auto-reply \"%1\" (none, echo or discard); it "
                                       "answers nothing")
                             .arg(autoReply));
    spec.replyRules = replyRulesFromJson(o, problems);
    return spec;
}

ClientSpec clientFromJson(const QJsonObject &o, Problems &problems)
{
    ClientSpec spec;
    netcore::ConnectOptions &c = spec.connect;
    c = connectSideFrom(o, problems);
    c.family = o[u"family"_s].toInt();
    if (c.family != 0 && c.family != 4 && c.family != 6) {
        problems.add(WorkspaceText::tr("family %1 is not 4, 6 or 0 (either); either is used")
                             .arg(describe(o[u"family"_s])));
        c.family = 0;
    }
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
    if (!spec.encoding.isEmpty() && !netcore::encodingFromName(spec.encoding)) {
        problems.add(WorkspaceText::tr("unknown encoding \"%1\"; data is shown as bytes")
                             .arg(spec.encoding));
        spec.encoding.clear();
    }
    spec.listener = o[u"listener"_s].toInt(-1);
    spec.connections = std::max(1, o[u"connections"_s].toInt(1));
    const QJsonObject reconnect = o[u"reconnect"_s].toObject();
    spec.reconnect = ReconnectPolicy::fromJson(reconnect);
    // A value the policy had to bring into range is told with the value used instead.
    const QJsonObject used = spec.reconnect.toJson();
    for (auto it = reconnect.begin(); it != reconnect.end(); ++it) {
        if (!used.contains(it.key()))
            problems.add(
                    WorkspaceText::tr("unknown reconnect setting \"%1\" (ignored)").arg(it.key()));
        else if (it.value() != used[it.key()])
            problems.add(WorkspaceText::tr("reconnect %1 %2 is out of range; %3 is used")
                                 .arg(it.key(), describe(it.value()), describe(used[it.key()])));
    }
    spec.replyRules = replyRulesFromJson(o, problems);
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

DirectionFaults directionFromJson(const QJsonObject &o, Problems &problems)
{
    static const QStringList known {u"latencyMs"_s,      u"bytesPerSecond"_s, u"pieceMin"_s,
                                    u"pieceMax"_s,       u"piecePauseMs"_s,   u"hold"_s,
                                    u"holdAfterBytes"_s, u"finAfterBytes"_s,  u"rstAfterBytes"_s,
                                    u"cutAfterBytes"_s};
    for (const QString &key : o.keys()) {
        if (!known.contains(key))
            problems.add(WorkspaceText::tr("unknown fault \"%1\" (ignored)").arg(key));
        else if (key != u"hold"_s && (!o[key].isDouble() || o[key].toDouble() < 0))
            problems.add(WorkspaceText::tr("fault %1 is %2, not a number of 0 or more (0 is used)")
                                 .arg(key, describe(o[key])));
    }
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

RelaySpec relayFromJson(const QJsonObject &o, Problems &problems)
{
    RelaySpec spec;
    spec.listen = listenSideFrom(o[u"listen"_s].toObject(), problems);
    spec.target = connectSideFrom(o[u"target"_s].toObject(), problems);
    spec.connectTimeoutMs
            = std::max(0, o[u"connectTimeoutMs"_s].toInt(Relay::DefaultConnectTimeoutMs));
    const QJsonObject faults = o[u"faults"_s].toObject();
    for (const QString &key : faults.keys()) {
        if (key != u"clientToServer"_s && key != u"serverToClient"_s
            && key != u"refuseConnections"_s && key != u"refuseAfterConnections"_s)
            problems.add(WorkspaceText::tr("unknown fault \"%1\" (ignored)").arg(key));
    }
    spec.faults.clientToServer
            = directionFromJson(faults[u"clientToServer"_s].toObject(), problems);
    spec.faults.serverToClient
            = directionFromJson(faults[u"serverToClient"_s].toObject(), problems);
    spec.faults.refuseConnections = faults[u"refuseConnections"_s].toBool();
    if (faults.contains(u"refuseAfterConnections"_s))
        spec.faults.refuseAfterConnections
                = std::max(0, faults[u"refuseAfterConnections"_s].toInt());
    return spec;
}

// now, with each field that is still as it was read put back as the file wrote it (fields
// the window does not know are kept the same way).
QJsonObject withSavedText(QJsonObject now, const SavedEntry &saved)
{
    for (auto it = saved.written.begin(); it != saved.written.end(); ++it) {
        if (now.value(it.key()) == saved.read.value(it.key()))
            now[it.key()] = it.value();
    }
    return now;
}

// Once spec has been read from o: remembers o's text for saving it back.
template<typename Spec> Spec withTextOf(Spec spec, const QJsonObject &o)
{
    spec.saved.written = o;
    spec.saved.read = toJson(spec);
    return spec;
}

} // namespace

QByteArray Workspace::toJson() const
{
    QJsonArray listenerArray;
    for (const ListenerSpec &spec : listeners)
        listenerArray.append(withSavedText(session::toJson(spec), spec.saved));
    QJsonArray clientArray;
    for (const ClientSpec &spec : clients)
        clientArray.append(withSavedText(session::toJson(spec), spec.saved));
    QJsonArray relayArray;
    for (const RelaySpec &spec : relays)
        relayArray.append(withSavedText(session::toJson(spec), spec.saved));
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
    const QJsonArray listeners = root[u"listeners"_s].toArray();
    for (qsizetype i = 0; i < listeners.size(); ++i) {
        const QJsonObject o = listeners[i].toObject();
        Problems problems(&result.problems,
                          WorkspaceText::tr("Listener %1 (%2)").arg(i + 1).arg(placeOf(o)));
        result.listeners.append(withTextOf(listenerFromJson(o, problems), o));
    }
    const QJsonArray clients = root[u"clients"_s].toArray();
    for (qsizetype i = 0; i < clients.size(); ++i) {
        const QJsonObject o = clients[i].toObject();
        Problems problems(&result.problems,
                          WorkspaceText::tr("Client %1 (%2)").arg(i + 1).arg(placeOf(o)));
        ClientSpec client = clientFromJson(o, problems);
        if (client.listener < -1 || client.listener >= listeners.size()) {
            problems.add(WorkspaceText::tr("it was linked to listener %1, which the workspace "
                                           "does not have; it connects to its saved address")
                                 .arg(client.listener + 1));
            client.listener = -1;
        }
        result.clients.append(withTextOf(client, o));
    }
    const QJsonArray relays = root[u"relays"_s].toArray();
    for (qsizetype i = 0; i < relays.size(); ++i) {
        const QJsonObject o = relays[i].toObject();
        Problems problems(&result.problems,
                          WorkspaceText::tr("Relay %1 (%2)")
                                  .arg(i + 1)
                                  .arg(placeOf(o[u"listen"_s].toObject())));
        result.relays.append(withTextOf(relayFromJson(o, problems), o));
    }
    result.messages = MessageLibrary::fromJsonArray(root[u"messages"_s].toArray());
    if (const int skippedMessages = int(result.messages.unreadableCount()); skippedMessages > 0)
        result.problems.append(WorkspaceText::tr("%n saved message(s) without a name, a known "
                                                 "kind or a content could not be read",
                                                 nullptr, skippedMessages));
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
