#pragma once

#include "sequencelayout.h"
#include "userprompts.h"

#include <QImage>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QToolButton;

namespace gui {

class EventStreamWidget;
class SequenceView;

// The sequence diagram panel: one lane per endpoint of each conversation, arrows for data,
// FIN, RST and connect/accept, marks for calls and local events; filters, zoom, SVG and PNG
// export. The window's is fed by EventFeed's batches; a review shows the file's records.
// Selecting an item says which record it shows (recordActivated) and selectRecord() goes the
// other way.
class SequenceDiagramWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit SequenceDiagramWidget(QWidget *parent = nullptr);

    void setPrompts(const UserPrompts &prompts) { m_prompts = prompts; }
    const SequenceLayout &layout() const { return m_layout; }
    SequenceView *view() const { return m_view; }

    // Selection both ways: an item selected here selects its record in the stream, a row
    // selected there selects its item here.
    void follow(EventStreamWidget *stream);
    void showRecords(const QList<trace::TraceRecord> &records); // replaces what is shown
    // With a refill, records appended while the panel is not on screen (setOnScreen(false):
    // a dock hidden or behind another tab) are not laid out, so a flood costs a hidden diagram
    // nothing; back on screen it lays out what refill() returns, the records the window holds.
    void setRefill(std::function<QList<trace::TraceRecord>()> refill)
    {
        m_refill = std::move(refill);
    }
    void setOnScreen(bool onScreen);
    void clear();
    // Selects the item showing the record; false when it is hidden by a filter or unknown.
    // Emits nothing.
    bool selectRecord(quint64 seq);
    quint64 selectedSeq() const;
    // Highlights the items of these records (a lesson step's notices; follow() takes them
    // from the stream) and scrolls the first into view, also when it is laid out later.
    void setHighlightedRecords(const QList<quint64> &seqs);
    // The rows of the highlighted records that are laid out (not hidden by a filter), in order.
    const QList<qint64> &highlightedRows() const;

    void setMaxRecords(qsizetype max) { m_layout.setMaxRecords(max); }
    void setHideData(bool hide);
    void setHideInternal(bool hide);

    // Exports stop after this many rows from the first in view (a slide holds far fewer).
    static constexpr qint64 MaxExportRows = 2000;
    // From the first row in view on; false with *error when the file cannot be written.
    bool exportSvg(const QString &path, QString *error) const;
    bool exportPng(const QString &path, QString *error) const;
    QImage renderImage() const;

public Q_SLOTS:
    void appendRecords(const QList<trace::TraceRecord> &records, quint64 lost = 0);

Q_SIGNALS:
    void recordActivated(quint64 seq); // the user selected an item

private:
    void applyOptions();
    void afterLayoutChange();
    void askExport(bool svg);
    // Maps the highlighted seqs to the layout's rows again (after rows were added or moved).
    void updateHighlight();
    qint64 exportFirstRow() const;

    SequenceLayout m_layout;
    SequenceView *m_view = nullptr;
    QCheckBox *m_hideData = nullptr;
    QCheckBox *m_hideInternal = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    UserPrompts m_prompts = UserPrompts::interactive();
    std::function<QList<trace::TraceRecord>()> m_refill;
    bool m_onScreen = true;
    bool m_stale = false; // records arrived while off screen
    QList<quint64> m_highlightedSeqs;
    bool m_highlightFirstShown = false; // the first highlighted row was scrolled into view
};

} // namespace gui
