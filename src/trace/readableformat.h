#pragma once

#include "bufferedoutput.h"
#include "recordsink.h"
#include "tracerecord.h"

namespace trace {

// One line for people (`--events`), no newline:
//   "    12.345 ms  #3 socket  data  5 bytes \"hello\""
// Calls end in "()" so the end() call and the 'end' event read apart. The time counts from
// the recorder's start.
QString formatReadable(const TraceRecord &record);
// A byte preview quoted for a terminal: valid UTF-8 shown as text, other bytes as \xNN.
QString quotePreview(QByteArrayView bytes, bool truncated);
// A write call's answer: "-> false (bufferSize 131072, highWaterMark 16384)".
QString writeOutcomeText(const netcore::WriteOutcome &outcome);

// Writes formatReadable() lines to a file or stderr ("-"). Formatting allocates: this is for
// people watching, not for the hot path of a long capture (use JsonlWriter for that).
class ReadableWriter final : public RecordSink
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
