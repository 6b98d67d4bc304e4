#pragma once

#include "lesson/lesson.h"
#include "lesson/lessonprotocol.h"

#include <QHash>
#include <QList>
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
// selects the matching row in the event stream. Back shows an earlier step again without
// running it again, Next returns; Restart runs the lesson again from its start.
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

Q_SIGNALS:
    void lessonFinished(bool passed);

private:
    void addLesson(const lesson::Lesson &lesson);
    void showSelected();
    void showStep(int step);
    void renderStep();
    void onOutput(bool isError, const QByteArray &bytes);
    void onMessage(const lesson::LessonMessage &message);
    void onScriptFinished(int exitCode);
    void highlightPending();
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
    struct Highlight
    {
        int step = -1;
        bool isServer = false;
        QString name;
    };
    QList<Highlight> m_highlights;         // noticed, not yet found in the stream
    QList<quint64> m_highlighted;          // seqs already selected for an expectation
    QHash<int, QList<quint64>> m_stepRows; // per step, the rows its expectations selected
};

} // namespace gui
