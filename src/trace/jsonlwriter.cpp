#include "jsonlwriter.h"

#include "jsonappend.h"
#include "schemafields.h"

using namespace Qt::StringLiterals;

namespace trace {

namespace {

using Role = FieldSpec::Role;
using Type = FieldSpec::Type;

const FieldSpec *findSpec(std::span<const FieldSpec> specs, Role role)
{
    for (const FieldSpec &spec : specs) {
        if (spec.role == role)
            return &spec;
    }
    return nullptr;
}

// value and extra: under the event's key when it has one and can express the number.
void appendNumber(QByteArray &out, const FieldSpec *spec, QLatin1StringView fallback, qint64 number)
{
    if (spec && spec->type == Type::Boolean && (number == 0 || number == 1)) {
        json::appendKey(out, spec->key);
        json::appendBool(out, number == 1);
    } else if (spec && spec->type == Type::Integer && (number != -1 || spec->always)) {
        json::appendKey(out, spec->key);
        json::appendInt(out, number);
    } else if (number != -1) {
        json::appendKey(out, fallback);
        json::appendInt(out, number);
    }
}

void appendText(QByteArray &out, const TraceRecord &record, std::span<const FieldSpec> specs)
{
    if (!record.details || record.details->text.isEmpty())
        return;
    const QString &text = record.details->text;
    QLatin1StringView key = FallbackTextKey;
    const FieldSpec *fd = findSpec(specs, Role::FdText);
    if (fd && record.details->fd >= 0) {
        json::appendKey(out, fd->key);
        json::appendInt(out, record.details->fd);
        return;
    }
    // connect() and listen() name a host when they have a port, a path otherwise.
    const FieldSpec *named = nullptr;
    const FieldSpec *path = nullptr;
    for (const FieldSpec &spec : specs) {
        if (spec.role == Role::Text)
            (spec.key == "path"_L1 ? path : named) = &spec;
    }
    if (path && (record.value < 0 || !named))
        key = path->key;
    else if (named)
        key = named->key;
    json::appendKey(out, key);
    json::appendString(out, text);
}

void appendAddress(QByteArray &out, QLatin1StringView key, const TraceAddress &address)
{
    json::appendKey(out, key);
    if (address.isUnixPath()) {
        out.append("{\"path\":");
        json::appendString(out, address.path);
    } else {
        out.append("{\"address\":");
        json::appendString(out, address.address);
        json::appendKey(out, "family"_L1);
        json::appendString(out, address.family);
        json::appendKey(out, "port"_L1);
        json::appendInt(out, address.port);
    }
    out.append('}');
}

void appendOptionalString(QByteArray &out, QLatin1StringView key, const QString &value)
{
    if (value.isEmpty())
        return;
    json::appendKey(out, key);
    json::appendString(out, value);
}

void appendError(QByteArray &out, const TraceError &error)
{
    json::appendKey(out, "error"_L1);
    out.append("{\"name\":");
    json::appendString(out, error.name);
    appendOptionalString(out, "code"_L1, error.code);
    if (error.errnoValue != 0) {
        json::appendKey(out, "errno"_L1);
        json::appendInt(out, error.errnoValue);
    }
    appendOptionalString(out, "syscall"_L1, error.syscall);
    appendOptionalString(out, "address"_L1, error.address);
    if (error.port >= 0) {
        json::appendKey(out, "port"_L1);
        json::appendInt(out, error.port);
    }
    appendOptionalString(out, "hostname"_L1, error.hostname);
    json::appendKey(out, "message"_L1);
    json::appendString(out, error.message);
    out.append('}');
}

void appendPreview(QByteArray &out, const TraceRecord &record)
{
    json::appendKey(out, "preview"_L1);
    out.append("{\"hex\":");
    json::appendHex(out, record.previewBytes());
    json::appendKey(out, "utf8"_L1);
    json::appendUtf8Bytes(out, record.previewBytes());
    json::appendKey(out, "truncated"_L1);
    json::appendBool(out, record.isPreviewTruncated());
    out.append('}');
}

void appendWriteOutcome(QByteArray &out, const netcore::WriteOutcome &outcome)
{
    json::appendKey(out, "ok"_L1);
    json::appendBool(out, outcome.accepted == 1);
    json::appendKey(out, "bufferSize"_L1);
    json::appendInt(out, outcome.bufferSize);
    json::appendKey(out, "highWaterMark"_L1);
    json::appendInt(out, outcome.highWaterMark);
}

void appendHeader(QByteArray &out, const TraceRecord &record)
{
    out.append("{\"v\":");
    json::appendInt(out, SchemaVersion);
    json::appendKey(out, "seq"_L1);
    json::appendInt(out, qint64(record.seq));
    json::appendKey(out, "t_ns"_L1);
    json::appendInt(out, record.monoNs);
    json::appendKey(out, "wall_ms"_L1);
    json::appendInt(out, record.wallMs);
    json::appendKey(out, "id"_L1);
    json::appendInt(out, qint64(record.endpointId));
    json::appendKey(out, "kind"_L1);
    json::appendString(out, kindName(record.kind));
    json::appendKey(out, "type"_L1);
    json::appendString(out, typeName(record.event));
    json::appendKey(out, "name"_L1);
    json::appendString(out, netcore::netEventName(record.event));
}

} // namespace

void appendJsonLine(const TraceRecord &record, QByteArray &out)
{
    appendHeader(out, record);
    const std::span<const FieldSpec> specs = fieldSpecs(record.event);
    appendNumber(out, findSpec(specs, Role::Value), FallbackValueKey, record.value);
    appendNumber(out, findSpec(specs, Role::Extra), FallbackExtraKey, record.extra);
    appendText(out, record, specs);
    if (record.write.isSet())
        appendWriteOutcome(out, record.write);
    if (record.relatedId != 0) {
        json::appendKey(out, "socket"_L1);
        json::appendInt(out, qint64(record.relatedId));
    }
    if (record.internal) {
        json::appendKey(out, "internal"_L1);
        out.append("true");
    }
    if (const TraceAddress *local = record.local())
        appendAddress(out, "local"_L1, *local);
    if (const TraceAddress *remote = record.remote())
        appendAddress(out, "remote"_L1, *remote);
    if (const TraceError *error = record.error())
        appendError(out, *error);
    if (record.carriesData())
        appendPreview(out, record);
    out.append("}\n", 2);
}

QByteArray toJsonLine(const TraceRecord &record)
{
    QByteArray line;
    appendJsonLine(record, line);
    return line;
}

void JsonlWriter::consume(const TraceRecord &record)
{
    m_output.append([&record](QByteArray &buffer) { appendJsonLine(record, buffer); });
}

} // namespace trace
