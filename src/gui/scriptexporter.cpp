#include "scriptexporter.h"

#include "rulesscript.h"

#include "trace/tracerecorder.h"

#include <QHash>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;
using netcore::EndpointKind;
using netcore::NetEvent;

namespace gui {

namespace {

// A JavaScript string literal in single quotes.
QString jsString(QStringView text)
{
    QString out = u"'"_s;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\': out += u"\\\\"_s; break;
        case '\'': out += u"\\'"_s; break;
        case '\n': out += u"\\n"_s; break;
        case '\r': out += u"\\r"_s; break;
        case '\t': out += u"\\t"_s; break;
        case 0x2028: out += u"\\u2028"_s; break; // line terminators inside a literal
        case 0x2029: out += u"\\u2029"_s; break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += u"\\x%1"_s.arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + u"'"_s;
}

// Text as a string (write() sends it as UTF-8, the same bytes); anything else as a Buffer.
QString jsBytes(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (!decoder.hasError() && text.toUtf8() == bytes)
        return jsString(text);
    return u"Buffer.from('%1', 'hex')"_s.arg(QString::fromLatin1(bytes.toHex()));
}

QString jsBool(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

// What the script knows of one of the window's endpoints.
struct Endpoint
{
    quint64 id = 0;
    QString name; // server1, client2, socket3
    EndpointKind kind = EndpointKind::Socket;
    quint64 acceptedBy = 0;   // the server, for an accepted connection
    int spec = -1;            // index into the listeners or clients, -1 when unknown
    int listeningPort = -1;   // a server's port once it listened
    bool fixedListen = false; // listen() named a port (not 0) or a path
    QString fixedAddress;     // that address, while the server listens there
    QList<QString> accepts;   // a server's connections' names, in order
};

class Exporter
{
public:
    explicit Exporter(const ScriptExportInput &input)
        : m_in(input)
    { }
    ScriptExport run();

private:
    void collectEndpoints();
    QString declarations() const;
    QString declareServer(const Endpoint &server) const;
    QString declareClient(const Endpoint &client) const;
    QString callCode(const trace::TraceRecord &record, const Endpoint &endpoint);
    QString connectArguments(const trace::TraceRecord &record, const Endpoint &client) const;
    QString listenArguments(const trace::TraceRecord &record, const Endpoint &server) const;
    bool isEcho(const Endpoint &endpoint) const;
    // The auto-reply rules that answer endpoint in the window (its own, or its listener's).
    session::ReplyRuleSet rulesOf(const Endpoint &endpoint) const;
    QString answerByRules(const Endpoint &endpoint, const QString &socket,
                          const QString &allowHalfOpen) const;

    const ScriptExportInput &m_in;
    QHash<quint64, Endpoint> m_endpoints;
    QList<quint64> m_order; // servers and clients in the order they appeared
    QStringList m_warnings;
    QHash<quint64, QString> m_rulesCode; // by endpoint: its rules as script code
};

void Exporter::collectEndpoints()
{
    // First the accepted sockets, whose own records may come before their 'connection'.
    for (const trace::TraceRecord &r : m_in.records) {
        if (r.kind == EndpointKind::Server && r.event == NetEvent::Connection && r.relatedId
            && m_in.ownEndpoints.contains(r.endpointId)) {
            Endpoint &accepted = m_endpoints[r.relatedId];
            accepted.id = r.relatedId;
            accepted.name = u"socket%1"_s.arg(r.relatedId);
            accepted.acceptedBy = r.endpointId;
            m_endpoints[r.endpointId].accepts.append(accepted.name);
        }
    }
    int servers = 0;
    int clients = 0;
    for (const trace::TraceRecord &r : m_in.records) {
        if (!m_in.ownEndpoints.contains(r.endpointId))
            continue;
        if (r.kind == EndpointKind::Server && r.event == NetEvent::Listening && r.local()) {
            m_endpoints[r.endpointId].listeningPort = r.local()->port;
            if (m_endpoints[r.endpointId].fixedListen)
                m_endpoints[r.endpointId].fixedAddress = r.local()->toString();
        }
        if (r.kind == EndpointKind::Server && r.event == NetEvent::ListenCall && !r.internal)
            m_endpoints[r.endpointId].fixedListen = r.value != 0; // -1: a path
        if (r.kind == EndpointKind::Server && r.event == NetEvent::Close)
            m_endpoints[r.endpointId].fixedAddress.clear();
        if (m_endpoints.contains(r.endpointId) && !m_endpoints[r.endpointId].name.isEmpty())
            continue;
        Endpoint &e = m_endpoints[r.endpointId];
        e.id = r.endpointId;
        e.kind = r.kind;
        // The window makes each endpoint with one spec, in the order of its specs.
        if (r.kind == EndpointKind::Server) {
            e.name = u"server%1"_s.arg(r.endpointId);
            e.spec = servers < m_in.listeners.size() ? servers : -1;
            ++servers;
        } else {
            e.name = u"client%1"_s.arg(r.endpointId);
            e.spec = clients < m_in.clients.size() ? clients : -1;
            ++clients;
        }
        if (e.spec < 0)
            m_warnings << QObject::tr("%1: its settings are not known; Node's defaults are used.")
                                  .arg(e.name);
        m_order.append(e.id);
    }
    for (const quint64 id : std::as_const(m_order)) {
        const Endpoint &e = m_endpoints[id];
        if (!e.fixedAddress.isEmpty())
            m_warnings << QObject::tr("%1 still listens on %2 in the window: close it before "
                                      "running the script, which listens there too.")
                                  .arg(e.name, e.fixedAddress);
    }
}

session::ReplyRuleSet Exporter::rulesOf(const Endpoint &endpoint) const
{
    if (endpoint.acceptedBy)
        return rulesOf(m_endpoints.value(endpoint.acceptedBy));
    if (endpoint.spec < 0)
        return {};
    return endpoint.kind == EndpointKind::Server ? m_in.listeners.at(endpoint.spec).replyRules
                                                 : m_in.clients.at(endpoint.spec).replyRules;
}

QString Exporter::answerByRules(const Endpoint &endpoint, const QString &socket,
                                const QString &allowHalfOpen) const
{
    QString rules = m_rulesCode.value(endpoint.id);
    rules.replace(u'\n', u"\n    "_s);
    return u"answerByRules(%1, %2, %3)"_s.arg(socket, rules, allowHalfOpen);
}

bool Exporter::isEcho(const Endpoint &endpoint) const
{
    // Rules answer instead of the preset, in the window and in the script.
    if (!rulesOf(endpoint).isEmpty())
        return endpoint.acceptedBy || endpoint.kind == EndpointKind::Socket;
    const Endpoint server = m_endpoints.value(endpoint.acceptedBy);
    return endpoint.acceptedBy && server.spec >= 0
            && m_in.listeners.at(server.spec).autoReply == session::AutoReply::Echo;
}

QString Exporter::declareServer(const Endpoint &server) const
{
    const session::ListenerSpec spec
            = server.spec >= 0 ? m_in.listeners.at(server.spec) : session::ListenerSpec();
    const netcore::ServerOptions &o = spec.server;
    QString code = u"// #%1: a listener (%2)\n"_s.arg(server.id).arg(
            session::autoReplyName(spec.autoReply));
    code += u"const %1 = net.createServer({ allowHalfOpen: %2, pauseOnConnect: %3"_s.arg(
            server.name, jsBool(o.allowHalfOpen), jsBool(o.pauseOnConnect));
    if (o.noDelay)
        code += u", noDelay: true"_s;
    if (o.keepAlive)
        code += u", keepAlive: true, keepAliveInitialDelay: %1"_s.arg(o.keepAliveInitialDelay);
    code += u" });\n"_s;
    code += u"watch('%1', %1, SERVER_EVENTS);\n"_s.arg(server.name);
    if (spec.maxConnections >= 0)
        code += u"%1.maxConnections = %2;\n"_s.arg(server.name).arg(spec.maxConnections);
    QStringList names;
    for (const QString &name : server.accepts)
        names << jsString(name);
    code += u"{\n    const names = [%1]; // the window's ids of its connections, in order\n"_s.arg(
            names.join(u", "_s));
    code += u"    %1.on('connection', (socket) => accept(names.shift() || '%1 connection', socket));\n}\n"_s
                    .arg(server.name);
    if (!spec.replyRules.isEmpty())
        code += u"%1.on('connection', (socket) => %2);\n"_s.arg(
                server.name, answerByRules(server, u"socket"_s, jsBool(o.allowHalfOpen)));
    else if (spec.autoReply == session::AutoReply::Echo)
        code += u"%1.on('connection', (socket) => echo(socket, %2));\n"_s.arg(
                server.name, jsBool(o.allowHalfOpen));
    return code;
}

QString Exporter::declareClient(const Endpoint &client) const
{
    const session::ClientSpec spec
            = client.spec >= 0 ? m_in.clients.at(client.spec) : session::ClientSpec();
    QString code = u"// #%1: a client\nconst %2 = new net.Socket({ allowHalfOpen: %3 });\n"
                   u"watch('%2', %2, SOCKET_EVENTS);\n"_s.arg(client.id)
                           .arg(client.name, jsBool(spec.allowHalfOpen));
    if (!spec.replyRules.isEmpty())
        code += answerByRules(client, client.name, jsBool(spec.allowHalfOpen)) + u";\n"_s;
    return code;
}

QString Exporter::declarations() const
{
    QString code;
    for (const quint64 id : m_order) {
        const Endpoint &e = m_endpoints[id];
        if (e.kind == EndpointKind::Server)
            code += declareServer(e) + QLatin1Char('\n');
        else if (!e.acceptedBy)
            code += declareClient(e) + QLatin1Char('\n');
    }
    return code;
}

QString Exporter::listenArguments(const trace::TraceRecord &r, const Endpoint &server) const
{
    const session::ListenerSpec spec
            = server.spec >= 0 ? m_in.listeners.at(server.spec) : session::ListenerSpec();
    QStringList options;
    if (r.value >= 0) {
        options << u"port: %1"_s.arg(r.value);
        if (!r.text().isEmpty())
            options << u"host: %1"_s.arg(jsString(r.text()));
    } else {
        options << u"path: %1"_s.arg(jsString(r.text()));
    }
    if (r.extra >= 0)
        options << u"backlog: %1"_s.arg(r.extra);
    if (spec.listen.exclusive)
        options << u"exclusive: true"_s;
    if (spec.listen.ipv6Only)
        options << u"ipv6Only: true"_s;
    return u"{ "_s + options.join(u", "_s) + u" }"_s;
}

QString Exporter::connectArguments(const trace::TraceRecord &r, const Endpoint &client) const
{
    const session::ClientSpec spec
            = client.spec >= 0 ? m_in.clients.at(client.spec) : session::ClientSpec();
    const netcore::ConnectOptions &o = spec.connect;
    QStringList options;
    if (r.value >= 0) {
        // To one of the window's listeners: to that server's port, which listen(0) changes.
        QString port = QString::number(r.value);
        for (const quint64 id : m_order) {
            const Endpoint &server = m_endpoints[id];
            if (server.kind == EndpointKind::Server && server.listeningPort == r.value)
                port = u"%1.address().port"_s.arg(server.name);
        }
        options << u"port: "_s + port;
        if (!r.text().isEmpty())
            options << u"host: %1"_s.arg(jsString(r.text()));
        if (o.family)
            options << u"family: %1"_s.arg(o.family);
        if (!o.localAddress.isEmpty())
            options << u"localAddress: %1"_s.arg(jsString(o.localAddress));
        if (o.localPort)
            options << u"localPort: %1"_s.arg(*o.localPort);
    } else {
        options << u"path: %1"_s.arg(jsString(r.text()));
    }
    // A timeout is replayed as the setTimeout() call it made.
    if (o.noDelay)
        options << u"noDelay: true"_s;
    if (o.keepAlive)
        options << u"keepAlive: true, keepAliveInitialDelay: %1"_s.arg(o.keepAliveInitialDelay);
    return u"{ "_s + options.join(u", "_s) + u" }"_s;
}

// The statement for one call, on `it` (the endpoint); empty when it is not replayed.
QString Exporter::callCode(const trace::TraceRecord &r, const Endpoint &e)
{
    switch (r.event) {
    case NetEvent::ListenCall: return u"it.listen(%1)"_s.arg(listenArguments(r, e));
    case NetEvent::ConnectCall: return u"it.connect(%1)"_s.arg(connectArguments(r, e));
    case NetEvent::WriteCall: {
        std::optional<QByteArray> bytes
                = m_in.payload ? m_in.payload(r.endpointId, r.seq) : std::nullopt;
        if (!bytes && r.value == r.previewSize)
            bytes = r.previewBytes().toByteArray();
        if (!bytes) {
            bytes = r.previewBytes().toByteArray();
            m_warnings << QObject::tr("%1: write #%2 of %3 bytes: only its first %4 were kept; "
                                      "the script writes those.")
                                  .arg(e.name)
                                  .arg(r.seq)
                                  .arg(r.value)
                                  .arg(bytes->size());
        }
        return u"it.write(%1)"_s.arg(jsBytes(*bytes));
    }
    case NetEvent::EndCall: return u"it.end()"_s;
    case NetEvent::DestroyCall:
        return r.error() ? u"it.destroy(new Error(%1))"_s.arg(jsString(r.error()->message))
                         : u"it.destroy()"_s;
    case NetEvent::ResetCall: return u"it.resetAndDestroy()"_s;
    case NetEvent::PauseCall: return u"it.pause()"_s;
    case NetEvent::ResumeCall: return u"it.resume()"_s;
    case NetEvent::SetNoDelayCall: return u"it.setNoDelay(%1)"_s.arg(jsBool(r.value != 0));
    case NetEvent::SetKeepAliveCall:
        return u"it.setKeepAlive(%1, %2)"_s.arg(jsBool(r.value != 0)).arg(qMax<qint64>(0, r.extra));
    case NetEvent::SetTimeoutCall: return u"it.setTimeout(%1)"_s.arg(r.value);
    case NetEvent::SetEncodingCall: return u"it.setEncoding(%1)"_s.arg(jsString(r.text()));
    case NetEvent::CloseCall: return u"it.close()"_s;
    case NetEvent::RefCall: return u"it.ref()"_s;
    case NetEvent::UnrefCall: return u"it.unref()"_s;
    default: return {};
    }
}

ScriptExport Exporter::run()
{
    if (m_in.droppedRecords > 0)
        m_warnings << QObject::tr("The oldest %n record(s) are no longer kept (Preferences: "
                                  "recorder size); the calls among them are missing.",
                                  nullptr, int(qMin<quint64>(m_in.droppedRecords, INT_MAX)));
    collectEndpoints();
    for (const quint64 id : std::as_const(m_order)) {
        const Endpoint &e = m_endpoints[id];
        const session::ReplyRuleSet rules = rulesOf(e);
        if (rules.isEmpty())
            continue;
        const RulesScript code = rulesAsScript(rules, e.name);
        m_rulesCode.insert(id, code.rules);
        m_warnings += code.leftOut;
        if (e.kind == EndpointKind::Socket)
            m_warnings << QObject::tr("%1 answers by its auto-reply rules in the script: its "
                                      "recorded writes and ends are left out, those typed by "
                                      "hand too.")
                                  .arg(e.name);
    }
    // Calls made in one turn of the window's loop run in one step.
    constexpr qint64 SameTurnNs = 100000;
    struct Step
    {
        qint64 gapMs = 0;
        QStringList statements;
    };
    QList<Step> steps;
    qint64 previousNs = -1;
    for (const trace::TraceRecord &r : m_in.records) {
        if (!r.isCall() || r.internal || !m_endpoints.contains(r.endpointId))
            continue;
        Endpoint &e = m_endpoints[r.endpointId];
        // The listener's auto reply makes these itself; the script's echo() does the same.
        if (isEcho(e)
            && (r.event == NetEvent::WriteCall || r.event == NetEvent::PauseCall
                || r.event == NetEvent::ResumeCall || r.event == NetEvent::EndCall))
            continue;
        QString statement;
        // Node throws at once for these; the window only recorded the refusal.
        if (r.error() && r.event != NetEvent::WriteCall && r.event != NetEvent::DestroyCall) {
            statement = u"// %1.%2(): refused in the window (%3), left out"_s.arg(e.name, r.name(),
                                                                                  r.error()->code);
            m_warnings << QObject::tr("%1: %2() was refused in the window (%3); left out.")
                                  .arg(e.name, r.name(), r.error()->code);
        } else {
            const QString code = callCode(r, e); // "it.call(...)"
            if (code.isEmpty())
                continue;
            statement = e.acceptedBy ? u"on('%1', (it) => %2);"_s.arg(e.name, code)
                                     : e.name + code.mid(2) + u';';
        }
        // Calls closer than SameTurnNs were made in one turn of the window's loop; the others
        // keep at least a millisecond between them, for what happened in between.
        const qint64 sinceNs = previousNs < 0 ? -1 : r.monoNs - previousNs;
        previousNs = r.monoNs;
        if (steps.isEmpty() || sinceNs >= SameTurnNs)
            steps.append(
                    Step {qMax<qint64>(steps.isEmpty() ? 0 : 1, (sinceNs + 500000) / 1000000), {}});
        steps.last().statements.append(statement);
    }
    QString stepsCode;
    for (const Step &step : std::as_const(steps)) {
        if (step.statements.size() == 1 && !step.statements.constFirst().startsWith(u"//"_s)) {
            stepsCode += u"    [%1, () => { %2 }],\n"_s.arg(step.gapMs)
                                 .arg(step.statements.constFirst());
        } else {
            stepsCode += u"    [%1, () => {\n"_s.arg(step.gapMs);
            for (const QString &statement : step.statements)
                stepsCode += u"        "_s + statement + u"\n"_s;
            stepsCode += u"    }],\n"_s;
        }
    }

    QString script;
    script += u"// "_s + (m_in.title.isEmpty() ? u"netbench session"_s : m_in.title) + u"\n"_s;
    script += uR"(// Exported by netbench: the calls made in the window, with the same gaps between them.
// Run it with `node FILE` or `netbench run FILE`; it prints each event as "<endpoint> <event>".
'use strict';
const net = require('net');

const SERVER_EVENTS = ['listening', 'connection', 'drop', 'error', 'close'];
const SOCKET_EVENTS = ['lookup', 'connect', 'ready', 'data', 'drain', 'end', 'timeout', 'error', 'close'];
// At the end: the servers, and the sockets still open a while later, are unref()'d so that
// the script exits as the replayed conversation ends, whatever the window left open.
const servers = [];
const sockets = [];
const GRACE_MS = 1000; // for the events that follow the last call
let finished = false;

function watch(name, emitter, events) {
    (events === SERVER_EVENTS ? servers : sockets).push(emitter);
    for (const event of events) {
        emitter.on(event, (arg) => {
            if (event === 'data') console.log(`${name} data ${arg.length}`);
            else if (event === 'error') console.log(`${name} error ${arg.code}`);
            else console.log(`${name} ${event}`);
        });
    }
}

// The connections the listeners accept, by their names in the window; calls on one that is
// not accepted yet wait for it.
const accepted = {};
const waiting = {};
function accept(name, socket) {
    accepted[name] = socket;
    watch(name, socket, SOCKET_EVENTS);
    if (finished) socket.unref();
    for (const call of waiting[name] || []) call(socket);
    delete waiting[name];
}
function on(name, call) {
    if (accepted[name]) call(accepted[name]);
    else (waiting[name] = waiting[name] || []).push(call);
}

// A listener's automatic echo: what it reads, it writes back.
function echo(socket, allowHalfOpen) {
    socket.on('data', (chunk) => { if (!socket.write(chunk)) socket.pause(); });
    socket.on('drain', () => socket.resume());
    socket.on('end', () => { if (allowHalfOpen) socket.end(); });
}

)"_s;
    if (!m_rulesCode.isEmpty())
        script += answerByRulesFunction() + u"\n"_s;
    script += declarations();
    script += u"// [ms after the previous step, the calls the window made]\nconst steps = [\n"_s;
    script += stepsCode;
    script += uR"(];

function run(i) {
    if (i === steps.length) {
        for (const server of servers) server.unref();
        setTimeout(() => {
            finished = true;
            for (const socket of sockets) socket.unref();
        }, GRACE_MS);
        return;
    }
    setTimeout(() => {
        steps[i][1]();
        run(i + 1);
    }, steps[i][0]);
}
run(0);
)"_s;
    return {script, m_warnings};
}

} // namespace

ScriptExport exportScript(const ScriptExportInput &input)
{
    return Exporter(input).run();
}

std::function<std::optional<QByteArray>(quint64, quint64)>
writtenBytesFrom(const trace::TraceRecorder &recorder)
{
    // By socket: each write's bytes by its seq, when the transcript kept all of them.
    auto written = std::make_shared<QHash<quint64, QHash<quint64, QByteArray>>>();
    return [&recorder, written](quint64 id, quint64 seq) -> std::optional<QByteArray> {
        auto socket = written->find(id);
        if (socket == written->end()) {
            socket = written->insert(id, {});
            const std::optional<trace::Transcript> transcript = recorder.transcript(id);
            for (const trace::TranscriptEntry &entry :
                 transcript ? transcript->entries : QList<trace::TranscriptEntry>()) {
                if (entry.kind == trace::TranscriptEntry::Kind::Data
                    && entry.direction == trace::Direction::Out && entry.isFullyCaptured())
                    socket->insert(entry.seq, transcript->bytesOf(entry));
            }
        }
        const auto bytes = socket->constFind(seq);
        return bytes == socket->cend() ? std::nullopt : std::optional<QByteArray>(*bytes);
    };
}

} // namespace gui
