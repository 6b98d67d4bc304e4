#include "transcript.h"

namespace trace {

QByteArray Transcript::bytesOf(const TranscriptEntry &entry) const
{
    if (entry.kind != TranscriptEntry::Kind::Data || entry.captured <= 0)
        return {};
    return captured(entry.direction).mid(entry.offset, entry.captured);
}

} // namespace trace
