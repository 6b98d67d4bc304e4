#include "readableformat.h"

#include "net/utf8.h"

#include <optional>

using namespace Qt::StringLiterals;
using netcore::NetEvent;

namespace trace {

namespace {

QString escapeText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"': out += "\\\""_L1; break;
        case '\\': out += "\\\\"_L1; break;
        case '\n': out += "\\n"_L1; break;
        case '\r': out += "\\r"_L1; break;
        case '\t': out += "\\t"_L1; break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += u"\\x%1"_s.arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out;
}

QString escapeBytes(QByteArrayView bytes)
{
    QString out;
    for (const char b : bytes) {
        const uchar c = uchar(b);
        if ((c >= 0x20 && c < 0x7f) || c == '\n' || c == '\r' || c == '\t')
            out += escapeText(QString(QLatin1Char(char(c))));
        else
            out += u"\\x%1"_s.arg(c, 2, 16, QLatin1Char('0'));
    }
    return out;
}

// The preview as text when it is valid UTF-8 (netcore's decoder, as Node reads it). A character
// that a truncated preview cut short is dropped, so the rest still reads as text.
std::optional<QString> decodedPreview(QByteArrayView bytes, bool truncated)
{
    QString text;
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    for (qsizetype i = 0; i < bytes.size();) {
        const netcore::utf8::DecodedChar decoded
                = netcore::utf8::decodeChar(data + i, bytes.size() - i);
        using Status = netcore::utf8::DecodedChar::Status;
        if (decoded.status == Status::CutShort && truncated)
            break;
        if (decoded.status != Status::Valid)
            return std::nullopt;
        text += QStringView(QChar::fromUcs4(decoded.codePoint));
        i += decoded.length;
    }
    return text;
}

QString addressText(const TraceAddress *address)
{
    if (!address)
        return u"?"_s;
    // The client end of a Unix socket connection has no name.
    return address->isUnixPath() && address->path.isEmpty() ? u"(unnamed)"_s : address->toString();
}

QString errorText(const TraceError &error)
{
    return error.code.isEmpty() ? error.message : error.code + ": "_L1 + error.message;
}

QString hostPort(const TraceRecord &record)
{
    const QString host = record.text().isEmpty() ? u"localhost"_s : record.text();
    return record.value >= 0 ? host + QLatin1Char(':') + QString::number(record.value) : host;
}

QString addressesText(const TraceRecord &record)
{
    switch (record.event) {
    case NetEvent::Listening: return addressText(record.local());
    case NetEvent::Connection:
        return u"#%1 %2 <- %3"_s.arg(record.relatedId)
                .arg(addressText(record.local()), addressText(record.remote()));
    case NetEvent::Connect:
    case NetEvent::Drop:
        return addressText(record.local()) + " -> "_L1 + addressText(record.remote());
    case NetEvent::Lookup:
        return record.text() + " -> "_L1 + (record.remote() ? record.remote()->address : u"?"_s);
    default: return {};
    }
}

QString callText(const TraceRecord &record)
{
    switch (record.event) {
    case NetEvent::ConnectCall: return record.value >= 0 ? hostPort(record) : record.text();
    case NetEvent::ListenCall:
        if (record.value < 0)
            return record.text();
        return record.extra < 0 ? hostPort(record)
                                : hostPort(record) + u" backlog %1"_s.arg(record.extra);
    case NetEvent::SetNoDelayCall: return record.value == 1 ? u"true"_s : u"false"_s;
    case NetEvent::SetKeepAliveCall:
        return (record.value == 1 ? u"true"_s : u"false"_s) + u", %1 ms"_s.arg(record.extra);
    case NetEvent::SetTimeoutCall: return u"%1 ms"_s.arg(record.value);
    case NetEvent::SetEncodingCall: return record.text();
    case NetEvent::ReconnectCall:
        return u"attempt %1 after %2 ms, in place of #%3"_s.arg(record.value)
                .arg(record.extra)
                .arg(record.relatedId);
    default: return {};
    }
}

QString detailText(const TraceRecord &record)
{
    if (record.carriesData()) {
        QString text
                = u"%1 bytes %2"_s.arg(record.value)
                          .arg(quotePreview(record.previewBytes(), record.isPreviewTruncated()));
        if (record.write.isSet())
            text += "  "_L1 + writeOutcomeText(record.write);
        if (const TraceError *error = record.error())
            text += "  "_L1 + errorText(*error);
        return text;
    }
    if (record.event == NetEvent::Close)
        return record.value == 1 ? u"hadError"_s : QString();
    QString text = record.isCall() ? callText(record) : addressesText(record);
    if (const TraceError *error = record.error()) {
        // An error on a lookup replaces the address it could not find.
        text = record.event == NetEvent::Lookup ? record.text() + ": "_L1 + errorText(*error)
                : text.isEmpty()                ? errorText(*error)
                                                : text + "  "_L1 + errorText(*error);
    }
    return text;
}

} // namespace

QString quotePreview(QByteArrayView bytes, bool truncated)
{
    const std::optional<QString> text = decodedPreview(bytes, truncated);
    const QString shown = text ? escapeText(*text) : escapeBytes(bytes);
    return QLatin1Char('"') + shown + QLatin1Char('"') + (truncated ? "..."_L1 : ""_L1);
}

QString writeOutcomeText(const netcore::WriteOutcome &outcome)
{
    return u"-> %1 (bufferSize %2, highWaterMark %3)"_s
            .arg(outcome.accepted == 1 ? "true"_L1 : "false"_L1)
            .arg(outcome.bufferSize)
            .arg(outcome.highWaterMark);
}

QString formatReadable(const TraceRecord &record)
{
    QString line = u"%1 ms  #%2 %3  %4"_s.arg(double(record.monoNs) / 1e6, 10, 'f', 3)
                           .arg(record.endpointId)
                           .arg(kindName(record.kind), record.name());
    if (record.isCall())
        line += record.internal ? "() (auto)"_L1 : "()"_L1;
    const QString detail = detailText(record);
    if (!detail.isEmpty())
        line += "  "_L1 + detail;
    return line;
}

void ReadableWriter::consume(const TraceRecord &record)
{
    const QByteArray line = formatReadable(record).toUtf8();
    m_output.append([&line](QByteArray &buffer) {
        buffer.append(line);
        buffer.append('\n');
    });
}

} // namespace trace
