#pragma once

#include "trace/tracerecorder.h"

#include <QtGlobal>

namespace gui {

// The window's tunable sizes, kept in QSettings under "preferences/". A plain value: load() and
// clamped() always give values inside the ranges below, so callers never check them.
struct Preferences
{
    static constexpr qint64 MiB = 1024 * 1024;

    static constexpr qsizetype MinRingCapacity = 1000;
    static constexpr qsizetype MaxRingCapacity = 5000000;
    static constexpr qint64 MaxTranscriptCapBytes = 1024 * MiB; // 0 turns transcripts off
    static constexpr qsizetype MinListCapacity = 1000;
    static constexpr qsizetype MaxListCapacity = 5000000;
    static constexpr int MinRefreshHz = 1;
    static constexpr int MaxRefreshHz = 60;

    // Read when the window starts (the recorder cannot be resized while it runs).
    qsizetype recorderRingCapacity = 100000;
    qint64 transcriptCapBytes = 16 * MiB; // per connection and direction
    // Applied at once.
    qsizetype eventListCapacity = 200000;
    int refreshHz = 30;

    static Preferences load(); // from QSettings, clamped; defaults for missing keys
    void save() const;         // to QSettings, clamped

    Preferences clamped() const;
    trace::RecorderOptions recorderOptions() const;
    int refreshIntervalMs() const; // the event feed's pull period

    friend bool operator==(const Preferences &, const Preferences &) = default;
};

} // namespace gui
