#include "lessonpanel.h"

#include "eventstreamwidget.h"
#include "session/enginethread.h"

#include "lesson/builtinlessons.h"
#include "lesson/expectation.h"
#include "lesson/lessonparser.h"
#include "lesson/lessonscript.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gui {

namespace {

// The index of the first record with a seq above seq (the live store is in seq order).
qsizetype firstAfter(const EventStore &store, quint64 seq)
{
    qsizetype lo = 0, hi = store.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (store.at(mid).seq <= seq)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

} // namespace

LessonPanel::LessonPanel(session::EngineThread *engine, EventStreamWidget *stream, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_stream(stream)
    , m_list(new QListWidget(this))
    , m_title(new QLabel(this))
    , m_narration(new QTextBrowser(this))
    , m_notices(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_next(new QPushButton(tr("&Next"), this))
    , m_doIt(new QPushButton(tr("Do it for &me"), this))
{
    m_list->setObjectName(u"lessonList"_s);
    m_title->setObjectName(u"lessonTitle"_s);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_narration->setObjectName(u"lessonNarration"_s);
    m_notices->setObjectName(u"lessonNotices"_s);
    m_notices->setToolTip(tr("What to notice in this step: ticked when it happens; its row is "
                             "selected in the event stream"));
    m_status->setObjectName(u"lessonStatus"_s);
    m_status->setWordWrap(true);
    m_start->setObjectName(u"lessonStartButton"_s);
    m_back->setObjectName(u"lessonBackButton"_s);
    m_next->setObjectName(u"lessonNextButton"_s);
    m_next->setToolTip(tr("Runs the next step once this one is done (or shows the next step "
                          "again after Back)"));
    m_back->setToolTip(tr("Shows the step before again: its actions are not run again"));
    m_doIt->setObjectName(u"lessonDoButton"_s);
    m_doIt->setToolTip(tr("netbench performs this step's action for you"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addStretch();
    buttons->addWidget(m_doIt);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto *stepArea = new QWidget(this);
    auto *stepLayout = new QVBoxLayout(stepArea);
    stepLayout->setContentsMargins(0, 0, 0, 0);
    stepLayout->addWidget(m_title);
    stepLayout->addWidget(m_narration, 3);
    stepLayout->addWidget(m_notices, 1);
    stepLayout->addWidget(m_status);
    stepLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(stepArea);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    for (const QString &name : lesson::builtinLessonNames()) {
        QString error;
        if (const std::optional<lesson::Lesson> found = lesson::findLesson(name, &error))
            addLesson(*found);
    }
    connect(m_list, &QListWidget::currentRowChanged, this, &LessonPanel::showSelected);
    connect(m_start, &QPushButton::clicked, this, &LessonPanel::start);
    connect(m_back, &QPushButton::clicked, this, [this] { showStep(m_shownStep - 1); });
    connect(m_next, &QPushButton::clicked, this, &LessonPanel::next);
    connect(m_doIt, &QPushButton::clicked, this, &LessonPanel::doItForMe);

    session::ScriptHost *host = engine->scriptHost();
    connect(host, &session::ScriptHost::output, this, &LessonPanel::onOutput);
    connect(host, &session::ScriptHost::finished, this, &LessonPanel::onScriptFinished);
    connect(stream->model(), &EventTableModel::recordsAppended, this,
            &LessonPanel::findNoticedRecords);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

LessonPanel::~LessonPanel() = default;

void LessonPanel::addLesson(const lesson::Lesson &lesson)
{
    m_lessons.append(lesson);
    auto *item = new QListWidgetItem(lesson.title, m_list);
    item->setData(Qt::UserRole, lesson.name);
    item->setToolTip(lesson.summary.value(0));
}

bool LessonPanel::openLessonFile(const QString &path, QString *error)
{
    const std::optional<lesson::Lesson> loaded = lesson::loadLessonFile(path, error);
    if (!loaded)
        return false;
    addLesson(*loaded);
    m_list->setCurrentRow(m_list->count() - 1);
    return true;
}

bool LessonPanel::selectLesson(const QString &name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == name) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void LessonPanel::showSelected()
{
    const int row = m_list->currentRow();
    if (m_running || row < 0 || row >= m_lessons.size())
        return;
    m_lesson = m_lessons.at(row);
    m_finished = false;
    m_failure.clear();
    m_reachedStep = -1;
    m_reachedStepDone = m_nextSent = m_doSent = false;
    m_noticed.clear();
    m_stepRows.clear();
    for (const lesson::LessonStep &step : m_lesson->steps)
        m_noticed.append(QList<bool>(step.expectations.size(), false));
    m_output.clear();
    m_status->setText(
            tr("%n step(s). Press Start to run the lesson.", nullptr, int(m_lesson->steps.size())));
    showStep(-1);
}

void LessonPanel::start()
{
    if (!m_lesson)
        return;
    if (m_running && m_ownsScript) {
        // Restart: the run ends first (its finished() starts the new one).
        m_restartPending = true;
        m_engine->stopScript();
        return;
    }
    m_folder = std::make_unique<QTemporaryDir>();
    QString error;
    const QString path = m_folder->isValid()
            ? lesson::writeLessonScript(*m_lesson, m_folder->path(), &error)
            : QString();
    if (path.isEmpty()) {
        m_status->setText(error.isEmpty() ? m_folder->errorString() : error);
        return;
    }
    const QString selected = m_lesson->name;
    m_running = false;
    showSelected(); // resets what the last run reached
    m_startSeq = m_engine->recorder().lastSeq();
    m_stepFloor = {{0, m_startSeq}};
    m_pending.clear();
    m_picked.clear();
    m_labels.clear();
    m_stream->setHighlightedRecords({});
    m_partialLine.clear();
    if (!m_engine->runScript(path,
                             {QString::fromUtf16(lesson::WindowArgument),
                              QString::fromUtf16(lesson::ProtocolArgument)})) {
        m_status->setText(tr("A script is running; stop it in the Script Console first."));
        return;
    }
    m_running = true;
    m_ownsScript = true;
    m_status->setText(tr("Running…"));
    updateButtons();
}

void LessonPanel::showStep(int step)
{
    if (!m_lesson)
        return;
    m_shownStep = qBound(-1, step, int(m_lesson->steps.size()) - 1);
    renderStep();
    updateButtons();
    showHighlights();
    // The first record the step noticed is the current row (a step looked back at, too).
    if (const QList<quint64> rows = m_stepRows.value(m_shownStep); !rows.isEmpty())
        m_stream->selectRecord(rows.constFirst());
}

void LessonPanel::showHighlights()
{
    m_stream->setHighlightedRecords(m_stepRows.value(m_shownStep));
}

void LessonPanel::next()
{
    if (!m_lesson)
        return;
    if (m_shownStep < m_reachedStep) {
        showStep(m_shownStep + 1);
        return;
    }
    if (!m_running || !m_reachedStepDone || m_nextSent
        || m_reachedStep + 1 >= m_lesson->steps.size())
        return;
    m_nextSent = true;
    m_stepFloor.insert(m_reachedStep + 1, m_engine->recorder().lastSeq());
    m_stream->setHighlightedRecords({}); // the step shown is over
    m_engine->scriptHost()->writeInput("next\n");
    m_status->setText(tr("Starting the next step…"));
    updateButtons();
}

void LessonPanel::doItForMe()
{
    if (!isWaitingForLearner())
        return;
    m_doSent = true;
    m_engine->scriptHost()->writeInput("do\n");
    updateButtons();
}

bool LessonPanel::isWaitingForLearner() const
{
    return m_running && m_lesson && !m_reachedStepDone && !m_doSent
            && m_lesson->steps.value(m_reachedStep).isLearnerAction();
}

void LessonPanel::renderStep()
{
    m_notices->clear();
    QString html;
    if (m_shownStep < 0) {
        m_title->setText(m_lesson->title);
        for (const QString &paragraph : m_lesson->summary)
            html += u"<p>"_s + paragraph.toHtmlEscaped() + u"</p>"_s;
    } else {
        if (m_shownStep < m_reachedStep)
            html += u"<p><i>"_s
                    + tr("Looking back: this step's actions ran already and are not run again. "
                         "Next returns to step %1.")
                              .arg(m_reachedStep + 1)
                              .toHtmlEscaped()
                    + u"</i></p>"_s;
        const lesson::LessonStep &step = m_lesson->steps.at(m_shownStep);
        m_title->setText(tr("Step %1 of %2: %3")
                                 .arg(m_shownStep + 1)
                                 .arg(m_lesson->steps.size())
                                 .arg(step.title));
        for (const QString &paragraph : step.narration)
            html += u"<p>"_s + paragraph.toHtmlEscaped() + u"</p>"_s;
        if (step.isLearnerAction())
            html += u"<p><b>"_s + tr("Your turn:").toHtmlEscaped() + u"</b> "_s
                    + step.instruction.toHtmlEscaped() + u"</p>"_s;
        for (qsizetype i = 0; i < step.expectations.size(); ++i) {
            auto *item = new QListWidgetItem(step.expectations.at(i).text, m_notices);
            const bool met = m_noticed.value(m_shownStep).value(i);
            item->setCheckState(met ? Qt::Checked : Qt::Unchecked);
            item->setFlags(Qt::ItemIsEnabled);
        }
    }
    if (!m_output.isEmpty() && m_shownStep == m_reachedStep)
        html += u"<pre>"_s + m_output.join(u'\n').toHtmlEscaped() + u"</pre>"_s;
    m_narration->setHtml(html);
}

void LessonPanel::onOutput(bool isError, const QByteArray &bytes)
{
    if (!m_running)
        return;
    m_partialLine += bytes;
    qsizetype newline;
    while ((newline = m_partialLine.indexOf('\n')) >= 0) {
        const QByteArray line = m_partialLine.left(newline);
        m_partialLine.remove(0, newline + 1);
        if (const std::optional<lesson::LessonMessage> message = lesson::parseLessonMessage(line))
            onMessage(*message);
        else if (!line.startsWith("lesson failed: ") || !isError)
            m_output.append(QString::fromUtf8(line));
    }
    renderStep();
    updateButtons();
}

void LessonPanel::onMessage(const lesson::LessonMessage &message)
{
    using Kind = lesson::LessonMessage::Kind;
    switch (message.kind) {
    case Kind::StepStarted:
        m_reachedStep = message.step;
        m_reachedStepDone = m_nextSent = m_doSent = false;
        m_output.clear();
        showStep(message.step); // the panel follows the lesson to each new step
        m_status->setText(m_lesson->steps.value(message.step).isLearnerAction()
                                  ? tr("Your turn: do what the step says.")
                                  : tr("Running…"));
        break;
    case Kind::Noticed:
        if (message.step < 0 || message.step >= m_noticed.size() || message.expectation < 0
            || message.expectation >= m_noticed[message.step].size())
            break;
        m_noticed[message.step][message.expectation] = true;
        // Its record is in the recorder by now (netcore records an event before the script
        // sees it, and a call as it is made): the stream has it once its seq is reached.
        m_pending.append(
                {message.step, message.expectation, message.id, m_engine->recorder().lastSeq()});
        findNoticedRecords();
        break;
    case Kind::Labelled:
        m_labels.insert(message.id, message.role);
        Q_EMIT endpointLabelled(message.id, message.role);
        break;
    case Kind::Doing: m_status->setText(tr("Doing it for you…")); break;
    case Kind::StepDone:
        if (message.step == m_reachedStep) {
            m_reachedStepDone = true;
            if (m_reachedStep + 1 < m_lesson->steps.size())
                m_status->setText(tr("Step done. Press Next to go on."));
        }
        break;
    case Kind::Skipped:
    case Kind::Event: break;
    case Kind::Finished:
        m_finished = true;
        m_status->setText(tr("Lesson complete: every expected event happened."));
        break;
    case Kind::Failed:
        m_failure = message.message;
        m_status->setText(tr("Lesson failed: %1").arg(message.message));
        break;
    }
}

void LessonPanel::onScriptFinished(int exitCode)
{
    if (!m_running || !m_ownsScript)
        return;
    m_running = false;
    m_ownsScript = false;
    m_folder.reset();
    if (m_restartPending) {
        m_restartPending = false;
        start();
        return;
    }
    if (!m_finished && m_failure.isEmpty()) {
        m_failure = tr("the lesson's script ended with exit code %1").arg(exitCode);
        m_status->setText(tr("Lesson stopped: %1").arg(m_failure));
    }
    updateButtons();
    Q_EMIT lessonFinished(m_finished);
}

// A noticed expectation's record reaches the stream at the feed's next frame: it is looked
// for once the stream holds the recorder's records up to the notice. Its record is the
// oldest of the step not yet found that the expectation matches (lesson::matches(), the
// prelude's test, on the record's endpoint label, name and fields) on the endpoint that met
// it. A record from before the step (data a paused socket delivers late) comes next; then,
// where the trace cannot tell a field (a chunk the script's stream joined), the endpoint's
// record of that name.
void LessonPanel::findNoticedRecords()
{
    const EventStore &store = m_stream->model()->store();
    const quint64 held = store.size() > 0 ? store.at(store.size() - 1).seq : 0;
    bool changed = false;
    for (qsizetype p = 0; p < m_pending.size();) {
        const PendingNotice notice = m_pending.at(p);
        if (held < notice.ceilingSeq) {
            ++p;
            continue;
        }
        m_pending.removeAt(p);
        const lesson::Expectation &expectation
                = m_lesson->steps.at(notice.step).expectations.at(notice.expectation);
        lesson::Expectation anyFields = expectation;
        anyFields.fields.clear();
        const quint64 floor = m_stepFloor.value(notice.step, m_startSeq);
        std::optional<quint64> found = findRecord(expectation, notice.id, floor, notice.ceilingSeq);
        if (!found)
            found = findRecord(expectation, notice.id, m_startSeq, floor);
        if (!found)
            found = findRecord(anyFields, notice.id, floor, notice.ceilingSeq);
        if (!found)
            continue; // gone from the stream already (its capacity)
        m_picked.insert(*found);
        QList<quint64> &rows = m_stepRows[notice.step];
        rows.insert(std::lower_bound(rows.begin(), rows.end(), *found) - rows.begin(), *found);
        if (notice.step == m_shownStep) {
            changed = true;
            if (rows.constFirst() == *found) // a new first row becomes the current one
                m_stream->selectRecord(*found);
        }
    }
    if (changed)
        showHighlights();
}

std::optional<quint64> LessonPanel::findRecord(const lesson::Expectation &expectation, quint64 id,
                                               quint64 after, quint64 upTo) const
{
    const EventStore &store = m_stream->model()->store();
    const auto labelOf = [this](quint64 endpoint) { return m_labels.value(endpoint); };
    for (qsizetype i = firstAfter(store, after); i < store.size() && store.at(i).seq <= upTo; ++i) {
        const trace::TraceRecord &record = store.at(i);
        if ((id != 0 && record.endpointId != id) || m_picked.contains(record.seq))
            continue;
        const lesson::Observation observed = lesson::observationOf(record, labelOf);
        if (lesson::matches(expectation, labelOf(record.endpointId), observed.name,
                            observed.fields))
            return record.seq;
    }
    return std::nullopt;
}

void LessonPanel::updateButtons()
{
    m_start->setText(m_running || m_reachedStep >= 0 ? tr("&Restart") : tr("&Start"));
    m_start->setEnabled(m_lesson.has_value());
    m_back->setEnabled(m_lesson && m_shownStep > -1);
    // Next shows a step seen before again, or begins the next one once this one is done.
    m_next->setEnabled(m_lesson
                       && (m_shownStep < m_reachedStep
                           || (m_running && m_reachedStepDone && !m_nextSent
                               && m_reachedStep + 1 < m_lesson->steps.size())));
    m_doIt->setVisible(m_lesson && m_lesson->steps.value(m_reachedStep).isLearnerAction()
                       && m_shownStep == m_reachedStep);
    m_doIt->setEnabled(isWaitingForLearner());
}

} // namespace gui
