// trace::JsonlReader over arbitrary bytes, as a saved trace file that was cut, edited or is
// not a trace at all.
//
// Input: the file's bytes.
//
// Checks:
// - every line is counted once: as a record, as a bad line, or as blank;
// - the errors are the first MaxErrors bad lines, in order, each with a line number in range
//   and a message; read() agrees with parseLine() on every line;
// - every record read is written back by the trace writer as a line that reads back as the
//   same record (lone surrogates aside, which the writer turns into U+FFFD), and writing that
//   one again gives the same line.

#include "fuzzcheck.h"

#include "trace/jsonlreader.h"
#include "trace/jsonlwriter.h"

#include <QBuffer>

using trace::JsonlReader;
using trace::TraceRecord;

namespace {

bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            return true;
    }
    return false;
}

bool hasLoneSurrogate(const TraceRecord &record)
{
    QStringList texts {record.text()};
    for (const trace::TraceAddress *address : {record.local(), record.remote()}) {
        if (address)
            texts << address->address << address->family << address->path;
    }
    if (const trace::TraceError *error = record.error()) {
        texts << error->name << error->code << error->syscall << error->address << error->hostname
              << error->message;
    }
    return std::any_of(texts.cbegin(), texts.cend(),
                       [](const QString &text) { return hasLoneSurrogate(text); });
}

void checkRoundTrip(const TraceRecord &record)
{
    const QByteArray line = trace::toJsonLine(record);
    FUZZ_CHECK(line.endsWith('\n') && line.count('\n') == 1);
    QString error;
    const std::optional<TraceRecord> again = JsonlReader::parseLine(line.chopped(1), &error);
    if (!again)
        fuzz::failEqual("written record reads back", error, QString::fromUtf8(line), __FILE__,
                        __LINE__);
    FUZZ_CHECK(*again == record || hasLoneSurrogate(record));
    FUZZ_CHECK_EQUAL(QString::fromUtf8(trace::toJsonLine(*again)), QString::fromUtf8(line));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Overlong lines are cut where the reader's buffer ends; that is tests/trace's to check.
    if (size > size_t(JsonlReader::MaxLineLength))
        return 0;
    const QByteArray file(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer device;
    device.setData(file);
    device.open(QIODevice::ReadOnly);
    const trace::JsonlReadResult result = JsonlReader::read(&device);

    // The same file cut into lines here, each judged by parseLine().
    QList<QByteArray> lines = file.split('\n');
    if (file.endsWith('\n') || file.isEmpty())
        lines.removeLast();
    FUZZ_CHECK(result.lines == lines.size());
    qsizetype recordIndex = 0;
    qsizetype badLines = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        QString error;
        const std::optional<TraceRecord> record = JsonlReader::parseLine(line, &error);
        if (record) {
            FUZZ_CHECK(recordIndex < result.records.size());
            FUZZ_CHECK(result.records[recordIndex++] == *record);
            checkRoundTrip(*record);
            continue;
        }
        FUZZ_CHECK(!error.isEmpty());
        if (badLines < JsonlReader::MaxErrors) {
            FUZZ_CHECK(result.errors[badLines].line == i + 1);
            FUZZ_CHECK_EQUAL(result.errors[badLines].message, error);
        }
        ++badLines;
    }
    FUZZ_CHECK(recordIndex == result.records.size());
    FUZZ_CHECK(badLines == result.badLines);
    FUZZ_CHECK(result.errors.size() == qMin(badLines, JsonlReader::MaxErrors));
    FUZZ_CHECK(result.ok() == (badLines == 0));
    return 0;
}
