#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace trace {

class TraceRecorder;

// What `--trace FILE` and `--events` ask for.
struct TraceOptions
{
    QString jsonlPath;                       // JSON Lines destination; "-" is stderr; empty: none
    bool readableEvents = false;             // one readable line per event on stderr (`--events`)
    int ringCapacity = 100000;               // records kept in memory
    qint64 transcriptCap = 16 * 1024 * 1024; // bytes captured per connection and direction;
                                             // 0: no transcripts
    int flushIntervalMs = 250;               // files are also written this often (stderr at once)
};

// Records every netcore event and call of the current thread while it lives: installs a
// TraceRecorder as the thread's NetObserver and writes what is asked for.
//
// Construct it on the thread that runs netcore, before the first Server or Socket call you
// want to see. Records made before start() are written when start() opens the destinations.
// stderr output is written line by line, in order with other stderr output; a JSON Lines
// file is buffered and written every flushIntervalMs (when start() finds an event dispatcher
// on the thread, i.e. after QCoreApplication exists), on flush(), in the destructor and at
// process exit (std::exit included).
class TraceSession final
{
public:
    explicit TraceSession(const TraceOptions &options);
    ~TraceSession();

    // Opens the destinations; false with a readable *error (e.g. the file cannot be created).
    bool start(QString *error);
    void flush();

    TraceRecorder &recorder();

    // The first write error (disk full, closed pipe) as "PATH: reason", after which that
    // output stopped; or empty. Covers the JSON Lines file and the --events lines.
    QString writeError() const;
    // Called once, on this thread, with writeError() when a flush (the timer's or flush())
    // finds that output failed, so a long run can say so at once. Never from the destructor
    // or at exit.
    void setWriteErrorHandler(std::function<void(const QString &error)> handler);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace trace
