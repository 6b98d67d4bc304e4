#pragma once

namespace trace {

struct TraceRecord;

// Receives each record right after TraceRecorder stored it, on the recording thread.
// A sink must not allocate per record if the recording is to stay allocation-free.
class RecordSink
{
public:
    virtual void consume(const TraceRecord &record) = 0;

protected:
    ~RecordSink() = default;
};

} // namespace trace
