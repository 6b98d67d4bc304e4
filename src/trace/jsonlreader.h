#pragma once

#include "tracerecord.h"

#include <QList>

class QIODevice;

namespace trace {

// A line the reader refused. line counts from 1; 0 is the file as a whole.
struct JsonlError
{
    qsizetype line = 0;
    QString message;

    QString toString() const; // "line 3: \"seq\" must be an integer"
};

struct JsonlReadResult
{
    QList<TraceRecord> records; // every good line, in file order
    QList<JsonlError> errors;   // the first MaxErrors bad lines
    qsizetype badLines = 0;     // all of them, also past MaxErrors
    qsizetype lines = 0;

    bool ok() const { return badLines == 0 && errors.isEmpty(); }
};

// Parses the JSON Lines that JsonlWriter writes (SCHEMA.md) back into records. Bad input,
// however bad, gives errors with line numbers, never a crash: lines are length-limited,
// every field is type-checked, unknown keys are ignored (newer minor additions).
class JsonlReader final
{
public:
    static constexpr qsizetype MaxLineLength = 1024 * 1024;
    static constexpr qsizetype MaxErrors = 100;
    // The most a trace may hold, 1 GiB (about 4 million records, which take about as much
    // memory again once read). Reading stops there with an error on line 0.
    static constexpr qint64 MaxFileSize = qint64(1) << 30;

    // One line without its newline; std::nullopt with *error set when it is not a record.
    static std::optional<TraceRecord> parseLine(QByteArrayView line, QString *error);
    // Blank lines are skipped; a bad line is reported and reading goes on, up to maxBytes.
    static JsonlReadResult read(QIODevice *device, qint64 maxBytes = MaxFileSize);
    // Only a regular file of at most MaxFileSize (see boundedfile.h): a device, a FIFO or a
    // folder is refused with an error on line 0.
    static JsonlReadResult readFile(const QString &path);
};

} // namespace trace
