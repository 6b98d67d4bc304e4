#pragma once

#include "conversationrenderer.h"

#include "trace/tracerecord.h"
#include "trace/transcript.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>

class QPlainTextEdit;

namespace Ui {
class ConversationWidget;
}

namespace gui {

// One connection's bytes in both directions, in order, as text or as a hex dump: a coloured
// header per chunk ("→ sent" / "← received"), the connect, FIN, end(), error and close markers
// in place, and where the transcript cap cut the capture. Stays responsive on a full 16 MiB
// transcript: a view renders at most renderBudget() bytes from each end and notes what it
// skipped; Save… writes everything, streamed.
class ConversationWidget final : public QWidget
{
    Q_OBJECT
public:
    // Asks where to save; returns an empty path when the user cancels. Tests replace it.
    using SaveFileFunction = std::function<QString(QWidget *parent, const QString &caption,
                                                   const QString &suggestedName)>;
    // Shows why a save failed (a message box). Tests replace it.
    using WarnFunction
            = std::function<void(QWidget *parent, const QString &title, const QString &text)>;

    static constexpr qint64 DefaultRenderBudget = 256 * 1024;
    static constexpr qsizetype DefaultStepBudget = 2000;

    explicit ConversationWidget(QWidget *parent = nullptr);
    ~ConversationWidget() override;

    // endpointRecords: the connection's records from the trace, for the times of its chunks.
    void setConversation(quint64 endpointId, const trace::Transcript &transcript,
                         const QList<trace::TraceRecord> &endpointRecords);
    void clear();
    quint64 endpointId() const { return m_endpointId; }
    const trace::Transcript &transcript() const { return m_transcript; }

    ConversationEncoding encoding() const;
    void setEncoding(ConversationEncoding encoding);
    // Captured bytes each view shows from the start and from the end of the conversation.
    void setRenderBudget(qint64 bytesAtEachEnd, qsizetype stepsAtEachEnd = DefaultStepBudget);
    qint64 renderBudget() const { return m_byteBudget; }
    // Why bytes were not captured, in the notes where they are missing; empty: the transcript
    // cap (a saved trace says it keeps only the first bytes of each chunk).
    void setUncapturedReason(const QString &reason);

    // What the views show (each rendered on demand).
    QString renderedText();
    QString renderedHexDump();

    void setSaveFileFunction(SaveFileFunction function);
    void setWarnFunction(WarnFunction function);

public Q_SLOTS:
    // Copies the conversation as the text view shows it.
    void copyAll();
    // Writes the whole conversation (no budget) in the current encoding.
    bool saveAsText(const QString &path);
    // Writes the captured bytes of one direction, as they went over the wire.
    bool saveRawBytes(trace::Direction direction, const QString &path);

Q_SIGNALS:
    void saved(const QString &path, qint64 bytes);
    void saveFailed(const QString &path, const QString &error);

private:
    void setUpSaveMenu();
    void askAndSave(int what);
    void invalidate();
    void renderCurrentView();
    void renderInto(QPlainTextEdit *view, ConversationLayout layout);
    void updateSummary();
    // The hex dump's bytes per line follow the panel's width (no line is cut).
    bool eventFilter(QObject *watched, QEvent *event) override;
    void fitHexDumpToWidth();

    std::unique_ptr<Ui::ConversationWidget> m_ui;
    SaveFileFunction m_saveFile;
    WarnFunction m_warn;
    quint64 m_endpointId = 0;
    trace::Transcript m_transcript;
    QHash<quint64, qint64> m_timesNs;
    qint64 m_byteBudget = DefaultRenderBudget;
    qsizetype m_stepBudget = DefaultStepBudget;
    QString m_uncapturedReason;
    bool m_textStale = true;
    bool m_hexStale = true;
    int m_hexBytesPerLine = 16;
};

} // namespace gui
