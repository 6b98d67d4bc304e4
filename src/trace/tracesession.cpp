#include "tracesession.h"

#include "jsonlwriter.h"
#include "readableformat.h"
#include "tracerecorder.h"

#include <QAbstractEventDispatcher>
#include <QMutex>
#include <QTimer>

#include <algorithm>
#include <cstdlib>
#include <vector>

using namespace Qt::StringLiterals;

namespace trace {

struct TraceSession::Private
{
    explicit Private(const TraceOptions &o);

    void replayAndAttach(RecordSink *sink);
    void flush();
    QString writeError() const;
    void reportWriteError();

    TraceOptions options;
    TraceRecorder recorder;
    netcore::NetObserver *previous = nullptr;
    std::unique_ptr<JsonlWriter> jsonl;
    std::unique_ptr<ReadableWriter> readable;
    std::unique_ptr<QTimer> flushTimer;
    std::function<void(const QString &)> writeErrorHandler;
    bool writeErrorReported = false;
    bool started = false;
};

namespace {

RecorderOptions recorderOptions(const TraceOptions &options)
{
    RecorderOptions result;
    result.ringCapacity = options.ringCapacity;
    result.captureTranscripts = options.transcriptCap > 0;
    result.transcripts.capPerDirection = options.transcriptCap;
    return result;
}

// Sessions alive now, so that exit() still writes out what they buffered.
QBasicMutex registryMutex;

std::vector<TraceSession *> &liveSessions()
{
    static std::vector<TraceSession *> sessions;
    return sessions;
}

void flushLiveSessions()
{
    QMutexLocker lock(&registryMutex);
    for (TraceSession *session : liveSessions())
        session->flush();
}

void registerSession(TraceSession *session)
{
    QMutexLocker lock(&registryMutex);
    liveSessions().push_back(session);
    // Registered after the list exists, so it runs before the list is destroyed.
    static const bool atExitInstalled = std::atexit(flushLiveSessions) == 0;
    Q_UNUSED(atExitInstalled);
}

void unregisterSession(TraceSession *session)
{
    QMutexLocker lock(&registryMutex);
    std::erase(liveSessions(), session);
}

} // namespace

TraceSession::Private::Private(const TraceOptions &o)
    : options(o)
    , recorder(recorderOptions(o))
{ }

void TraceSession::Private::replayAndAttach(RecordSink *sink)
{
    for (const TraceRecord &record : recorder.eventsSince(0))
        sink->consume(record);
    recorder.addSink(sink);
}

void TraceSession::Private::flush()
{
    if (jsonl)
        jsonl->flush();
    if (readable)
        readable->flush();
}

QString TraceSession::Private::writeError() const
{
    const auto failure = [](const QString &path, const QString &reason) {
        return reason.isEmpty() ? QString() : u"%1: %2"_s.arg(path, reason);
    };
    QString error = jsonl ? failure(options.jsonlPath, jsonl->errorString()) : QString();
    if (error.isEmpty() && readable)
        error = failure(u"-"_s, readable->errorString());
    return error;
}

void TraceSession::Private::reportWriteError()
{
    if (writeErrorReported || !writeErrorHandler)
        return;
    const QString error = writeError();
    if (error.isEmpty())
        return;
    writeErrorReported = true;
    writeErrorHandler(error);
}

TraceSession::TraceSession(const TraceOptions &options)
    : d(std::make_unique<Private>(options))
{
    d->previous = netcore::NetObserver::current();
    netcore::NetObserver::install(&d->recorder);
    registerSession(this);
}

TraceSession::~TraceSession()
{
    d->flushTimer.reset();
    if (d->jsonl)
        d->recorder.removeSink(d->jsonl.get());
    if (d->readable)
        d->recorder.removeSink(d->readable.get());
    unregisterSession(this);
    d->flush();
    if (netcore::NetObserver::current() == &d->recorder)
        netcore::NetObserver::install(d->previous);
}

bool TraceSession::start(QString *error)
{
    if (d->started)
        return true;
    auto jsonl = std::make_unique<JsonlWriter>();
    if (!d->options.jsonlPath.isEmpty() && !jsonl->open(d->options.jsonlPath, error))
        return false;
    auto readable = std::make_unique<ReadableWriter>();
    if (d->options.readableEvents && !readable->open(u"-"_s, error))
        return false;
    d->started = true;
    if (!d->options.jsonlPath.isEmpty()) {
        d->jsonl = std::move(jsonl);
        d->replayAndAttach(d->jsonl.get());
    }
    if (d->options.readableEvents) {
        d->readable = std::move(readable);
        d->replayAndAttach(d->readable.get());
    }
    // stderr is written line by line; only a file needs the timer, and a timer needs a loop.
    const bool buffered = d->jsonl && d->options.jsonlPath != "-"_L1;
    if (d->options.flushIntervalMs > 0 && buffered && QAbstractEventDispatcher::instance()) {
        d->flushTimer = std::make_unique<QTimer>();
        QTimer *timer = d->flushTimer.get();
        QObject::connect(timer, &QTimer::timeout, timer, [this] {
            d->flush();
            d->reportWriteError();
        });
        timer->start(d->options.flushIntervalMs);
    }
    return true;
}

void TraceSession::flush()
{
    d->flush();
    d->reportWriteError();
}

TraceRecorder &TraceSession::recorder()
{
    return d->recorder;
}

QString TraceSession::writeError() const
{
    return d->writeError();
}

void TraceSession::setWriteErrorHandler(std::function<void(const QString &error)> handler)
{
    d->writeErrorHandler = std::move(handler);
}

} // namespace trace
