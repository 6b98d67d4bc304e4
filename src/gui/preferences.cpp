#include "preferences.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

const auto RingKey = u"preferences/recorderRingCapacity"_s;
const auto TranscriptKey = u"preferences/transcriptCapBytes"_s;
const auto ListKey = u"preferences/eventListCapacity"_s;
const auto RefreshKey = u"preferences/refreshHz"_s;

// A missing or unreadable value keeps the default; clamped() then bounds what was read.
qint64 readNumber(const QSettings &settings, const QString &key, qint64 fallback)
{
    bool ok = false;
    const qint64 value = settings.value(key).toLongLong(&ok);
    return ok ? value : fallback;
}

} // namespace

Preferences Preferences::load()
{
    const QSettings settings;
    const Preferences defaults;
    Preferences p;
    p.recorderRingCapacity
            = qsizetype(readNumber(settings, RingKey, defaults.recorderRingCapacity));
    p.transcriptCapBytes = readNumber(settings, TranscriptKey, defaults.transcriptCapBytes);
    p.eventListCapacity = qsizetype(readNumber(settings, ListKey, defaults.eventListCapacity));
    // Read wide, clamp, then narrow: a huge stored value must not wrap into range.
    const qint64 hz = std::clamp<qint64>(readNumber(settings, RefreshKey, defaults.refreshHz),
                                         MinRefreshHz, MaxRefreshHz);
    p.refreshHz = int(hz);
    return p.clamped();
}

void Preferences::save() const
{
    const Preferences p = clamped();
    QSettings settings;
    settings.setValue(RingKey, qint64(p.recorderRingCapacity));
    settings.setValue(TranscriptKey, p.transcriptCapBytes);
    settings.setValue(ListKey, qint64(p.eventListCapacity));
    settings.setValue(RefreshKey, p.refreshHz);
}

Preferences Preferences::clamped() const
{
    Preferences p = *this;
    p.recorderRingCapacity = std::clamp(p.recorderRingCapacity, MinRingCapacity, MaxRingCapacity);
    p.transcriptCapBytes = std::clamp<qint64>(p.transcriptCapBytes, 0, MaxTranscriptCapBytes);
    p.eventListCapacity = std::clamp(p.eventListCapacity, MinListCapacity, MaxListCapacity);
    p.refreshHz = std::clamp(p.refreshHz, MinRefreshHz, MaxRefreshHz);
    return p;
}

trace::RecorderOptions Preferences::recorderOptions() const
{
    const Preferences p = clamped();
    trace::RecorderOptions options;
    options.ringCapacity = p.recorderRingCapacity;
    options.captureTranscripts = p.transcriptCapBytes > 0;
    if (options.captureTranscripts)
        options.transcripts.capPerDirection = p.transcriptCapBytes;
    return options;
}

int Preferences::refreshIntervalMs() const
{
    return 1000 / clamped().refreshHz;
}

} // namespace gui
