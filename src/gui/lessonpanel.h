#pragma once

#include "lesson/lesson.h"
#include "lesson/lessonprotocol.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace session {
class EngineThread;
}

namespace gui {

class EventStreamWidget;

// The Lessons panel: lists the built-in lessons and the lesson files opened, and runs one
// through the window's script host (its events show in the live stream like any script's).
// Start runs the first step; each later step begins when the learner presses Next (the panel
// tells the script through its standard input), once the step before is done. A learner step
// waits until the learner has done what it says in the window, or presses Do it for me. The
// panel shows a step's narration and what to notice, ticks each expectation as it is met and
// highlights the step's noticed records in the event stream (and so in the diagram that
// follows it), the first of them selected. Back shows an earlier step again with its
// highlights, without running it again, Next returns; Restart runs the lesson again from its
// start. The script's labels ("client", "accepted") are announced for the Endpoints tree.
class LessonPanel final : public QWidget
{
    Q_OBJECT
public:
    LessonPanel(session::EngineThread *engine, EventStreamWidget *stream,
                QWidget *parent = nullptr);
    ~LessonPanel() override;

    // Adds a lesson file to the list and selects it; false with *error (naming the line of
    // a malformed lesson) when it cannot be read.
    bool openLessonFile(const QString &path, QString *error);
    // Selects a listed lesson by name (a built-in's, or a file's base name).
    bool selectLesson(const QString &name);

    // Runs the selected lesson from its first step (stopping a lesson that runs).
    void start();
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    QString failure() const { return m_failure; }
    int shownStep() const { return m_shownStep; }
    int reachedStep() const { return m_reachedStep; }
    // The step reached has met its expectations: Next may begin the next one.
    bool isReachedStepDone() const { return m_reachedStepDone; }
    const std::optional<lesson::Lesson> &lesson() const { return m_lesson; }
    // The records a step's expectations were met by, in seq order (those found so far).
    QList<quint64> noticedRecords(int step) const { return m_stepRows.value(step); }
    // The lesson's label of an endpoint its script made; empty for others.
    QString labelOf(quint64 id) const { return m_labels.value(id); }

Q_SIGNALS:
    void lessonFinished(bool passed);
    // The running lesson's script named an endpoint (its label in the lesson's expectations).
    void endpointLabelled(quint64 id, const QString &label);

private:
    void addLesson(const lesson::Lesson &lesson);
    void showSelected();
    void showStep(int step);
    void renderStep();
    void onOutput(bool isError, const QByteArray &bytes);
    void onMessage(const lesson::LessonMessage &message);
    void onScriptFinished(int exitCode);
    // Finds the records of noticed expectations as they reach the stream.
    void findNoticedRecords();
    std::optional<quint64> findRecord(const lesson::Expectation &expectation, quint64 id,
                                      quint64 after, quint64 upTo) const;
    void showHighlights(); // the shown step's noticed records, highlighted in the stream
    void updateButtons();
    void next();
    void doItForMe();
    bool isWaitingForLearner() const;

    session::EngineThread *m_engine;
    EventStreamWidget *m_stream;
    QListWidget *m_list;
    QLabel *m_title;
    QTextBrowser *m_narration;
    QListWidget *m_notices;
    QLabel *m_status;
    QPushButton *m_start;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_doIt;

    QList<lesson::Lesson> m_lessons;         // in the order of m_list's rows
    std::optional<lesson::Lesson> m_lesson;  // the one shown
    std::unique_ptr<QTemporaryDir> m_folder; // its script while it runs
    bool m_running = false;
    bool m_ownsScript = false; // the script host runs this panel's script
    bool m_restartPending = false;
    bool m_finished = false;
    QString m_failure;
    int m_shownStep = -1;   // -1: the lesson's summary
    int m_reachedStep = -1; // the last step the script started
    bool m_reachedStepDone = false;
    bool m_nextSent = false;      // Next was passed to the script; its step has not started yet
    bool m_doSent = false;        // Do it for me was passed to the script for the step reached
    QList<QList<bool>> m_noticed; // per step, per expectation
    QStringList m_output;         // the script's own lines
    QByteArray m_partialLine;
    quint64 m_startSeq = 0; // records before the lesson started are not its own
    // Records of step k have seqs above m_stepFloor[k] (the script waits for Next before it
    // starts a step), except events a paused socket delivers late.
    QHash<int, quint64> m_stepFloor;
    struct PendingNotice
    {
        int step = -1;
        int expectation = -1;
        quint64 id = 0;         // the endpoint whose event or call met it
        quint64 ceilingSeq = 0; // the recorder's last seq when the panel heard of it
    };
    QList<PendingNotice> m_pending;        // noticed; its record not yet in the stream
    QSet<quint64> m_picked;                // seqs already found for an expectation
    QHash<int, QList<quint64>> m_stepRows; // per step, its noticed records in seq order
    QHash<quint64, QString> m_labels;      // endpoint id -> the script's label
};

} // namespace gui
