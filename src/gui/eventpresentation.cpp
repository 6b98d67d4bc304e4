#include "eventpresentation.h"

#include "trace/readableformat.h"

#include <QDateTime>

using namespace Qt::StringLiterals;
using netcore::NetEvent;

namespace gui {

EventCategory EventPresentation::category(NetEvent event)
{
    switch (event) {
    case NetEvent::Listening:
    case NetEvent::Connection:
    case NetEvent::Lookup:
    case NetEvent::Connect:
    case NetEvent::Ready:
    case NetEvent::ReconnectCall:
    case NetEvent::ListenCall:
    case NetEvent::ConnectCall: return EventCategory::Connection;
    case NetEvent::Data:
    case NetEvent::WriteCall: return EventCategory::Data;
    case NetEvent::Drain:
    case NetEvent::Timeout:
    case NetEvent::PauseCall:
    case NetEvent::ResumeCall: return EventCategory::Flow;
    case NetEvent::End:
    case NetEvent::Close:
    case NetEvent::EndCall:
    case NetEvent::DestroyCall:
    case NetEvent::ResetCall:
    case NetEvent::CloseCall: return EventCategory::Closing;
    case NetEvent::Error:
    case NetEvent::Drop: return EventCategory::Error;
    case NetEvent::SetNoDelayCall:
    case NetEvent::SetKeepAliveCall:
    case NetEvent::SetTimeoutCall:
    case NetEvent::SetEncodingCall:
    case NetEvent::RefCall:
    case NetEvent::UnrefCall: break;
    }
    return EventCategory::Options;
}

EventCategory EventPresentation::category(const trace::TraceRecord &record)
{
    return record.details && record.details->error ? EventCategory::Error : category(record.event);
}

QColor EventPresentation::color(EventCategory category)
{
    // Dark enough to read on a light base, light enough to tell apart.
    switch (category) {
    case EventCategory::Connection: return QColor(0x1f, 0x6f, 0xd1);
    case EventCategory::Data: return QColor(0x2e, 0x8b, 0x3a);
    case EventCategory::Flow: return QColor(0x9a, 0x7b, 0x00);
    case EventCategory::Closing: return QColor(0xb3, 0x59, 0x00);
    case EventCategory::Error: return QColor(0xd0, 0x02, 0x1b);
    case EventCategory::Options: break;
    }
    return QColor(0x7b, 0x4f, 0xa8);
}

QString EventPresentation::categoryName(EventCategory category)
{
    switch (category) {
    case EventCategory::Connection: return tr("Connection");
    case EventCategory::Data: return tr("Data");
    case EventCategory::Flow: return tr("Flow");
    case EventCategory::Closing: return tr("Closing");
    case EventCategory::Error: return tr("Error");
    case EventCategory::Options: break;
    }
    return tr("Options");
}

QList<LegendEntry> EventPresentation::legend()
{
    QList<LegendEntry> entries;
    for (int c = 0; c < EventCategoryCount; ++c) {
        const auto cat = EventCategory(c);
        QStringList names;
        for (int e = 0; e < NetEventCount; ++e) {
            if (category(NetEvent(e)) == cat)
                names += eventLabel(NetEvent(e));
        }
        QString description = names.join(u", "_s);
        if (cat == EventCategory::Error)
            description = tr("%1, and any record that carries an error").arg(description);
        entries.append({cat, categoryName(cat), description, color(cat)});
    }
    return entries;
}

QString EventPresentation::eventLabel(NetEvent event)
{
    // Node's names are never translated.
    return netcore::isCall(event) ? netcore::netEventName(event) + "()"_L1
                                  : netcore::netEventName(event);
}

QString EventPresentation::eventLabel(const trace::TraceRecord &record)
{
    return record.internal ? eventLabel(record.event) + QLatin1Char(' ') + tr("auto")
                           : eventLabel(record.event);
}

QString EventPresentation::endpointLabel(const trace::TraceRecord &record)
{
    // The window's names (the tree says which socket is a client and which was accepted);
    // exports keep the schema's "server" and "socket".
    return record.kind == netcore::EndpointKind::Server ? tr("#%1 listener").arg(record.endpointId)
                                                        : tr("#%1 socket").arg(record.endpointId);
}

QString EventPresentation::addressText(const trace::TraceAddress *address)
{
    if (!address)
        return u"?"_s;
    // The client end of a Unix socket connection has no name.
    return address->isUnixPath() && address->path.isEmpty() ? tr("(unnamed)") : address->toString();
}

namespace {

QString onOff(qint64 value)
{
    return value == 1 ? u"true"_s : u"false"_s;
}

QString hostPort(const trace::TraceRecord &record)
{
    const QString host = record.text().isEmpty() ? u"localhost"_s : record.text();
    return record.value >= 0 ? host + QLatin1Char(':') + QString::number(record.value) : host;
}

} // namespace

QString EventPresentation::writeAnswer(const netcore::WriteOutcome &outcome)
{
    if (!outcome.isSet())
        return {};
    if (outcome.accepted == 1) {
        return tr("\u2192 true (bufferSize %1 < highWaterMark %2)")
                .arg(outcome.bufferSize)
                .arg(outcome.highWaterMark);
    }
    if (outcome.bufferSize >= outcome.highWaterMark) {
        return tr("\u2192 false (bufferSize %1 \u2265 highWaterMark %2: wait for 'drain')")
                .arg(outcome.bufferSize)
                .arg(outcome.highWaterMark);
    }
    return tr("\u2192 false (the socket cannot write)");
}

QString EventPresentation::summary(const trace::TraceRecord &record)
{
    QString text;
    switch (record.event) {
    case NetEvent::Data:
    case NetEvent::WriteCall:
        // The answer before the preview, which a narrow column cuts off.
        text = tr("%1 bytes").arg(record.value) + u"  "_s;
        if (record.write.isSet())
            text += writeAnswer(record.write) + u"  "_s;
        text += trace::quotePreview(record.previewBytes(), record.isPreviewTruncated());
        break;
    case NetEvent::Listening: text = addressText(record.local()); break;
    case NetEvent::Connection:
        text = tr("#%1 %2 from %3")
                       .arg(QString::number(record.relatedId), addressText(record.local()),
                            addressText(record.remote()));
        break;
    case NetEvent::Connect:
    case NetEvent::Drop:
        text = addressText(record.local()) + u" \u2192 "_s + addressText(record.remote());
        break;
    case NetEvent::Lookup:
        text = record.remote() ? record.text() + u" \u2192 "_s + record.remote()->address
                        + tr(" (IPv%1)").arg(record.extra)
                               : record.text();
        break;
    case NetEvent::Close:
        if (record.value == 1)
            text = tr("had error");
        break;
    case NetEvent::ConnectCall: text = record.value >= 0 ? hostPort(record) : record.text(); break;
    case NetEvent::ListenCall:
        if (record.value < 0)
            text = record.text();
        else
            text = hostPort(record);
        if (record.extra >= 0)
            text += u"  "_s + tr("backlog %1").arg(record.extra);
        break;
    case NetEvent::SetNoDelayCall: text = onOff(record.value); break;
    case NetEvent::SetKeepAliveCall:
        text = onOff(record.value) + u", "_s + tr("%1 ms").arg(record.extra);
        break;
    case NetEvent::SetTimeoutCall: text = tr("%1 ms").arg(record.value); break;
    case NetEvent::SetEncodingCall: text = record.text(); break;
    default: break;
    }
    if (const trace::TraceError *error = record.error()) {
        const QString errorText
                = error->code.isEmpty() ? error->message : error->code + u": "_s + error->message;
        text = text.isEmpty() ? errorText : text + u"  "_s + errorText;
    }
    return text;
}

namespace {

void addLine(QString &out, const QString &label, const QString &value)
{
    out += label.leftJustified(14) + value + QLatin1Char('\n');
}

} // namespace

QString EventPresentation::details(const trace::TraceRecord &record)
{
    // Words for people: the schema's field names (seq, mono, internal, value, extra) are for
    // programs and stay in the exports.
    QString out;
    const bool call = netcore::isCall(record.event);
    QString what = call ? tr("the call %1").arg(eventLabel(record.event))
                        : tr("the event '%1'").arg(eventLabel(record.event));
    if (record.internal)
        what += u" "_s + tr("(made by netcore itself, not by the program)");
    addLine(out, call ? tr("Call") : tr("Event"), what);
    addLine(out, tr("Endpoint"), endpointLabel(record));
    addLine(out, tr("Kind"), categoryName(category(record)));
    const QString shown = summary(record);
    if (!shown.isEmpty())
        addLine(out, tr("Details"), shown);
    if (record.event == NetEvent::Connection && record.relatedId != 0)
        addLine(out, tr("Accepted"), tr("socket #%1").arg(record.relatedId));
    if (record.write.isSet()) {
        addLine(out, tr("write() gave"), record.write.accepted == 1 ? u"true"_s : u"false"_s);
        addLine(out, tr("Queued"), tr("%1 bytes (bufferSize)").arg(record.write.bufferSize));
        addLine(out, tr("Limit"), tr("%1 bytes (highWaterMark)").arg(record.write.highWaterMark));
    }
    if (record.local())
        addLine(out, tr("This end"), addressText(record.local()));
    if (record.remote())
        addLine(out, tr("Other end"), addressText(record.remote()));
    if (const trace::TraceError *error = record.error()) {
        addLine(out, tr("Error"),
                error->code.isEmpty() ? error->name : error->code + u" ("_s + error->name + u')');
        if (error->errnoValue != 0)
            addLine(out, tr("errno"), QString::number(error->errnoValue));
        if (!error->syscall.isEmpty())
            addLine(out, tr("System call"), error->syscall);
        if (!error->address.isEmpty())
            addLine(out, tr("Address"), error->address);
        if (error->port >= 0)
            addLine(out, tr("Port"), QString::number(error->port));
        if (!error->hostname.isEmpty())
            addLine(out, tr("Host name"), error->hostname);
        addLine(out, tr("Message"), error->message);
    }
    addLine(out, tr("Time"),
            QDateTime::fromMSecsSinceEpoch(record.wallMs).toString(u"yyyy-MM-dd hh:mm:ss.zzz"_s));
    addLine(out, tr("Since start"), tr("%1 ms").arg(double(record.monoNs) / 1e6, 0, 'f', 3));
    addLine(out, tr("Record"), tr("#%1 of this session").arg(record.seq));
    if (record.carriesData()) {
        addLine(out, tr("Bytes shown"),
                tr("%1 of %2").arg(record.previewSize).arg(record.value)
                        + (record.isPreviewTruncated() ? u" "_s + tr("(the rest not kept)")
                                                       : QString()));
        addLine(out, tr("As text"),
                trace::quotePreview(record.previewBytes(), record.isPreviewTruncated()));
        out += tr("As hex") + QLatin1Char('\n') + hexDump(record.previewBytes());
    }
    return out;
}

QString EventPresentation::hexDump(QByteArrayView bytes)
{
    QString out;
    for (qsizetype line = 0; line < bytes.size(); line += 16) {
        const QByteArrayView chunk = bytes.sliced(line, qMin<qsizetype>(16, bytes.size() - line));
        out += u"%1 "_s.arg(line, 4, 16, QLatin1Char('0'));
        QString ascii;
        for (qsizetype i = 0; i < 16; ++i) {
            if (i < chunk.size()) {
                const uchar c = uchar(chunk[i]);
                out += u" %1"_s.arg(c, 2, 16, QLatin1Char('0'));
                ascii += c >= 0x20 && c < 0x7f ? QLatin1Char(char(c)) : QLatin1Char('.');
            } else {
                out += u"   "_s;
            }
        }
        out += u"  "_s + ascii + QLatin1Char('\n');
    }
    return out;
}

} // namespace gui
