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

    // One line without its newline; std::nullopt with *error set when it is not a record.
    static std::optional<TraceRecord> parseLine(QByteArrayView line, QString *error);
    // Blank lines are skipped; a bad line is reported and reading goes on.
    static JsonlReadResult read(QIODevice *device);
    static JsonlReadResult readFile(const QString &path);
};

} // namespace trace
