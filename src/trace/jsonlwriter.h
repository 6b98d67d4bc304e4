#pragma once

#include "bufferedoutput.h"
#include "recordsink.h"
#include "tracerecord.h"

namespace trace {

// Appends one record as one line of JSON (schema: SCHEMA.md), newline included. Allocates
// nothing for data and write records once out has room.
void appendJsonLine(const TraceRecord &record, QByteArray &out);
QByteArray toJsonLine(const TraceRecord &record);

// Writes each record it consumes as a JSON line to a file or to stderr ("-").
class JsonlWriter final : public RecordSink
{
public:
    bool open(const QString &path, QString *error) { return m_output.open(path, error); }
    void consume(const TraceRecord &record) override;
    void flush() { m_output.flush(); }
    QString errorString() const { return m_output.errorString(); }

private:
    BufferedOutput m_output;
};

} // namespace trace
