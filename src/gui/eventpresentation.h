#pragma once

#include "trace/tracerecord.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gui {

// Groups of events and calls that share a colour in the event stream and its legend.
enum class EventCategory : quint8 { Connection, Data, Flow, Closing, Error, Options };
inline constexpr int EventCategoryCount = 6;
// NetEvent values run from Listening to ReconnectCall.
inline constexpr int NetEventCount = int(netcore::NetEvent::ReconnectCall) + 1;

struct LegendEntry
{
    EventCategory category;
    QString name;        // translated: "Data"
    QString description; // translated: the names it covers
    QColor color;
};

// How the event stream shows a record to people: texts are translated, cheap enough to be
// made for the visible rows on every paint, and never parsed back (export uses the schema).
class EventPresentation final
{
    Q_DECLARE_TR_FUNCTIONS(gui::EventPresentation)
public:
    static EventCategory category(netcore::NetEvent event);
    // A record that carries an error is shown as an error whatever its event.
    static EventCategory category(const trace::TraceRecord &record);
    static QColor color(EventCategory category);
    static QString categoryName(EventCategory category);
    static QList<LegendEntry> legend();

    // "data", "write()", "destroy() auto": calls end in "()" so end() and 'end' read apart.
    static QString eventLabel(netcore::NetEvent event);
    static QString eventLabel(const trace::TraceRecord &record);
    static QString endpointLabel(const trace::TraceRecord &record); // "#3 socket"
    // One line: byte counts and preview, addresses, host, ms values, error code and message.
    static QString summary(const trace::TraceRecord &record);
    // What a write() answered: "→ false (bufferSize 131072 ≥ highWaterMark 16384: wait for
    // 'drain')"; empty for a record that carries no answer.
    static QString writeAnswer(const netcore::WriteOutcome &outcome);
    // Every field of the record, one per line, then its preview as text and as hex.
    static QString details(const trace::TraceRecord &record);
    static QString addressText(const trace::TraceAddress *address);
    // "0000  68 65 6c 6c 6f  hello" lines, 16 bytes each.
    static QString hexDump(QByteArrayView bytes);
};

} // namespace gui
