#pragma once

#include <QString>

#include <memory>

namespace trace {

class TraceRecorder;

// What `--trace FILE` and `--events` ask for.
struct TraceOptions
{
    QString jsonlPath;            // JSON Lines destination; "-" is stderr; empty: none
    bool readableEvents = false;  // one readable line per event on stderr (`--events`)
    int ringCapacity = 100000;    // records kept in memory
    qint64 transcriptCap = 16 * 1024 * 1024;  // bytes captured per connection and direction
};

// Records every netcore event and call of the current thread while it lives: installs a
// TraceRecorder as the thread's NetObserver and writes what is asked for.
class TraceSession final
{
public:
    explicit TraceSession(const TraceOptions &options);
    ~TraceSession();

    // Opens the destinations; false with a readable *error (e.g. the file cannot be created).
    bool start(QString *error);
    void flush();

    TraceRecorder &recorder();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace trace
