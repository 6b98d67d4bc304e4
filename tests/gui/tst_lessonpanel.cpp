// The Lessons panel in the real window, offscreen: a lesson waits for Next before each step
// after the first, Back shows a step again without running it again, a learner step waits until
// the learner acts in the window (or presses Do it for me), every built-in lesson steps to its
// end through the window's script host, and a malformed lesson file is refused naming its line.
#include "gui/endpointtreemodel.h"
#include "gui/eventstreamwidget.h"
#include "gui/lessonpanel.h"
#include "gui/mainwindow.h"
#include "gui/scriptconsolewidget.h"
#include "gui/sequencediagramwidget.h"
#include "gui/userprompts.h"
#include "lesson/builtinlessons.h"
#include "lesson/expectation.h"

#include <QAction>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <algorithm>

using namespace Qt::StringLiterals;
using gui::EndpointTreeModel;
using gui::LessonPanel;
using gui::MainWindow;

namespace {

constexpr int Timeout = 60000;

template<typename T> T *find(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

// Presses Next whenever a step is done and Do it for me whenever a learner step waits, as a
// learner who lets netbench act would, until the lesson ends.
bool stepToTheEnd(LessonPanel *panel, QSignalSpy &finished)
{
    auto *next = find<QPushButton>(panel, "lessonNextButton");
    auto *doIt = find<QPushButton>(panel, "lessonDoButton");
    QElapsedTimer clock;
    clock.start();
    while (finished.isEmpty() && clock.elapsed() < Timeout) {
        if (next->isEnabled())
            QTest::mouseClick(next, Qt::LeftButton);
        else if (doIt->isEnabled() && !doIt->isHidden())
            QTest::mouseClick(doIt, Qt::LeftButton);
        else
            finished.wait(100); // returns as soon as the lesson ends
    }
    return !finished.isEmpty();
}

constexpr char TwoSteps[] = "title: Two steps\n"
                            "## Listen\n"
                            "A server listens.\n"
                            "```js\n"
                            "const server = net.createServer();\n"
                            "server.listen(0, '127.0.0.1');\n"
                            "```\n"
                            "notice: server listening\n"
                            "## Close\n"
                            "It closes.\n"
                            "```js\n"
                            "server.close();\n"
                            "```\n"
                            "notice: server close\n";

// Step 2 closes the server and says so: a connection made while step 1 is shown must find the
// server listening and step 2 not run.
constexpr char WaitsForNext[] = "title: Waits for Next\n"
                                "## Listen\n"
                                "```js\n"
                                "let secondRan = false;\n"
                                "const server = net.createServer((s) => {\n"
                                "    console.log('  a connection; step 2 ran: ' + secondRan);\n"
                                "    s.destroy();\n"
                                "});\n"
                                "server.listen(0, '127.0.0.1');\n"
                                "await once(server, 'listening');\n"
                                "console.log('  port ' + server.address().port);\n"
                                "```\n"
                                "notice: server listening\n"
                                "## Close\n"
                                "```js\n"
                                "secondRan = true;\n"
                                "server.close();\n"
                                "```\n"
                                "notice: server close\n";

// Both sockets get an 'end', the client's first (in step 1, where it is not noticed):
// "accepted end" in step 2 is the accepted socket's.
constexpr char WhichEnd[] = "title: Which end\n"
                            "## The server ends\n"
                            "```js\n"
                            "let accepted = null;\n"
                            "const server = net.createServer({ allowHalfOpen: true }, (s) => {\n"
                            "    accepted = s;\n"
                            "    s.resume();\n"
                            "});\n"
                            "server.listen(0, '127.0.0.1');\n"
                            "await once(server, 'listening');\n"
                            "const client = net.connect({ port: server.address().port,\n"
                            "    host: '127.0.0.1', allowHalfOpen: true });\n"
                            "client.resume();\n"
                            "await once(server, 'connection');\n"
                            "accepted.end();\n"
                            "await once(client, 'end');\n"
                            "```\n"
                            "notice: accepted end()\n"
                            "## The client ends\n"
                            "```js\n"
                            "client.end();\n"
                            "await once(accepted, 'end');\n"
                            "```\n"
                            "notice: accepted end\n";

} // namespace

class tst_LessonPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void everyBuiltinLessonRunsToItsEnd_data();
    void everyBuiltinLessonRunsToItsEnd();
    void nextStepWaitsForNext();
    void noticeHighlightsTheLabelledEndpointsRecord();
    void backShowsAStepWithoutRunningItAgain();
    void learnerStepWaitsForTheLearner();
    void doItForMePerformsTheLearnerStep();
    void learnerSendsFromTheComposer();
    void scriptConsoleShowsOnlyTheScriptsOwnOutput();
    void malformedLessonFileIsRefusedNamingItsLine();
    void helpLessonsShowsTheDock();

private:
    void answerPrompts(MainWindow &window);
    QString writeLesson(const QByteArray &text);

    QTemporaryDir m_dir;
    QString m_nextOpenFile;
    QStringList m_warnings;
};

void tst_LessonPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_LessonPanel::init()
{
    QSettings().clear();
    m_warnings.clear();
}

void tst_LessonPanel::answerPrompts(MainWindow &window)
{
    gui::UserPrompts prompts;
    prompts.confirm = [](QWidget *, const QString &, const QString &) { return true; };
    prompts.warn = [this](QWidget *, const QString &, const QString &text) { m_warnings << text; };
    prompts.openFileName
            = [this](QWidget *, const QString &, const QString &) { return m_nextOpenFile; };
    window.setPrompts(prompts);
}

QString tst_LessonPanel::writeLesson(const QByteArray &text)
{
    static int count = 0;
    const QString path = m_dir.filePath(u"l%1.lesson"_s.arg(++count));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return {};
    return path;
}

void tst_LessonPanel::everyBuiltinLessonRunsToItsEnd_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : lesson::builtinLessonNames())
        QTest::newRow(qPrintable(name)) << name;
}

void tst_LessonPanel::everyBuiltinLessonRunsToItsEnd()
{
    QFETCH(QString, name);
    MainWindow window;
    answerPrompts(window);
    auto *panel = find<LessonPanel>(&window, "lessonPanel");
    QVERIFY(panel);
    auto *stream = window.findChild<gui::EventStreamWidget *>();
    QVERIFY(stream);
    QVERIFY(panel->selectLesson(name));
    QSignalSpy finished(panel, &LessonPanel::lessonFinished);
    QSignalSpy selected(stream, &gui::EventStreamWidget::recordSelected);
    QTest::mouseClick(find<QPushButton>(panel, "lessonStartButton"), Qt::LeftButton);
    QVERIFY(stepToTheEnd(panel, finished));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(panel->failure()));
    const qsizetype steps = panel->lesson()->steps.size();
    QCOMPARE(panel->reachedStep(), steps - 1);
    QCOMPARE(panel->shownStep(), steps - 1);
    // Every expectation of the step shown is ticked, and noticed rows were selected.
    auto *notices = find<QListWidget>(panel, "lessonNotices");
    for (int row = 0; row < notices->count(); ++row)
        QCOMPARE(notices->item(row)->checkState(), Qt::Checked);
    QTRY_VERIFY_WITH_TIMEOUT(selected.count() > 0, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->noticedRecords(int(steps) - 1).isEmpty(), Timeout);
    // Each expectation highlights a record of its own that it matches: on the endpoint with
    // its label, with its name and fields.
    const gui::EventStore &store = stream->model()->store();
    const auto labelOf = [panel](quint64 id) { return panel->labelOf(id); };
    for (qsizetype step = 0; step < steps; ++step) {
        const QList<lesson::Expectation> &expected = panel->lesson()->steps.at(step).expectations;
        // Every notice, calls included (a pause() that stops no reading), has its record.
        // The records come through the window's feed, possibly after the lesson's end.
        QTRY_VERIFY2_WITH_TIMEOUT(
                panel->noticedRecords(int(step)).size() == expected.size(),
                qPrintable(u"step %1: %2 of %3 notices have a record"_s.arg(step + 1)
                                   .arg(panel->noticedRecords(int(step)).size())
                                   .arg(expected.size())),
                Timeout);
        for (const quint64 seq : panel->noticedRecords(int(step))) {
            qsizetype i = 0;
            while (i < store.size() && store.at(i).seq != seq)
                ++i;
            QVERIFY(i < store.size());
            const lesson::Observation observed = lesson::observationOf(store.at(i), labelOf);
            const QString role = labelOf(store.at(i).endpointId);
            QVERIFY2(std::any_of(expected.cbegin(), expected.cend(),
                                 [&](const lesson::Expectation &e) {
                                     return lesson::matches(e, role, observed.name,
                                                            observed.fields);
                                 }),
                     qPrintable(u"step %1: %2 %3 matches no expectation"_s.arg(step + 1).arg(
                             role, observed.name)));
        }
    }
    // Back walks to the summary; Next comes back to the last step.
    auto *back = find<QPushButton>(panel, "lessonBackButton");
    auto *next = find<QPushButton>(panel, "lessonNextButton");
    QVERIFY(!next->isEnabled());
    for (qsizetype i = 0; i < steps; ++i)
        QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(panel->shownStep(), -1);
    QVERIFY(!back->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(panel->shownStep(), 0);
}

// Step 2 runs only after Next. A script that ran ahead would have run step 2 right after
// step 1, before anything else reached it; a connection made after step 1 is done finds the
// server listening and step 2 not run.
void tst_LessonPanel::nextStepWaitsForNext()
{
    MainWindow window;
    answerPrompts(window);
    m_nextOpenFile = writeLesson(WaitsForNext);
    find<QAction>(&window, "actionOpenLesson")->trigger();
    auto *panel = find<LessonPanel>(&window, "lessonPanel");
    auto *next = find<QPushButton>(panel, "lessonNextButton");
    auto *console = window.findChild<gui::ScriptConsoleWidget *>();
    QSignalSpy finished(panel, &LessonPanel::lessonFinished);
    panel->start();
    QTRY_VERIFY_WITH_TIMEOUT(panel->isReachedStepDone(), Timeout);
    QCOMPARE(panel->reachedStep(), 0);
    QVERIFY(next->isEnabled());
    static const QRegularExpression portLine(u"port (\\d+)"_s);
    QRegularExpressionMatch port;
    QTRY_VERIFY_WITH_TIMEOUT((port = portLine.match(console->output())).hasMatch(), Timeout);
    QTcpSocket probe;
    probe.connectToHost(u"127.0.0.1"_s, port.captured(1).toUShort());
    QTRY_VERIFY_WITH_TIMEOUT(console->output().contains(u"a connection; step 2 ran: "), Timeout);
    QVERIFY2(console->output().contains(u"a connection; step 2 ran: false"),
             qPrintable(console->output()));
    QCOMPARE(panel->reachedStep(), 0);
    QVERIFY(panel->isRunning());
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(!next->isEnabled()); // pressed once: the step is on its way
    QVERIFY(finished.wait(Timeout));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(panel->failure()));
    QCOMPARE(panel->reachedStep(), 1);
}

// "notice: accepted end" highlights the accepted socket's end, not the client's (which came
// in the step before); each step's noticed records are highlighted in the stream and the
// diagram while it is shown, Back shows the earlier step's again, Restart clears them; the
// tree names the lesson's endpoints.
void tst_LessonPanel::noticeHighlightsTheLabelledEndpointsRecord()
{
    MainWindow window;
    answerPrompts(window);
    window.show();
    m_nextOpenFile = writeLesson(WhichEnd);
    find<QAction>(&window, "actionOpenLesson")->trigger();
    auto *panel = find<LessonPanel>(&window, "lessonPanel");
    auto *next = find<QPushButton>(panel, "lessonNextButton");
    auto *stream = window.findChild<gui::EventStreamWidget *>();
    auto *diagram = window.findChild<gui::SequenceDiagramWidget *>();
    QVERIFY(diagram);
    find<QDockWidget>(&window, "sequenceDock")->raise(); // laid out while on screen
    QSignalSpy finished(panel, &LessonPanel::lessonFinished);
    panel->start();
    const auto recordOf = [stream](quint64 seq) {
        const gui::EventStore &store = stream->model()->store();
        for (qsizetype i = 0; i < store.size(); ++i) {
            if (store.at(i).seq == seq)
                return store.at(i);
        }
        return trace::TraceRecord {};
    };
    // The diagram highlights the same records' items.
    const auto diagramSeqs = [diagram] {
        QList<quint64> seqs;
        for (const qint64 row : diagram->highlightedRows())
            seqs.append(diagram->layout().seqOfRow(row));
        return seqs;
    };

    QTRY_VERIFY_WITH_TIMEOUT(panel->isReachedStepDone(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(panel->noticedRecords(0).size(), 1, Timeout);
    const quint64 acceptedEndCall = panel->noticedRecords(0).constFirst();
    const trace::TraceRecord first = recordOf(acceptedEndCall);
    QVERIFY(first.isCall());
    QCOMPARE(first.name(), u"end"_s);
    QCOMPARE(panel->labelOf(first.endpointId), u"accepted"_s);
    QCOMPARE(stream->highlightedRecords(), QList<quint64> {acceptedEndCall});
    QTRY_COMPARE_WITH_TIMEOUT(diagramSeqs(), QList<quint64> {acceptedEndCall}, Timeout);

    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(stream->highlightedRecords().isEmpty()); // the step shown is over
    QTRY_COMPARE_WITH_TIMEOUT(panel->reachedStep(), 1, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), Timeout);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(panel->failure()));
    QTRY_COMPARE_WITH_TIMEOUT(panel->noticedRecords(1).size(), 1, Timeout);
    const quint64 acceptedEnd = panel->noticedRecords(1).constFirst();
    const trace::TraceRecord second = recordOf(acceptedEnd);
    QCOMPARE(second.name(), u"end"_s);
    QVERIFY(!second.isCall());
    QCOMPARE(panel->labelOf(second.endpointId), u"accepted"_s);
    // The client's 'end' came before it, in step 1.
    quint64 client = 0;
    quint64 clientEnd = 0;
    const gui::EventStore &store = stream->model()->store();
    for (qsizetype i = 0; i < store.size(); ++i) {
        if (panel->labelOf(store.at(i).endpointId) == u"client" && store.at(i).name() == u"end"
            && !store.at(i).isCall()) {
            client = store.at(i).endpointId;
            clientEnd = store.at(i).seq;
        }
    }
    QVERIFY(clientEnd != 0);
    QVERIFY(clientEnd < acceptedEnd);
    QCOMPARE(stream->highlightedRecords(), QList<quint64> {acceptedEnd});
    QTRY_COMPARE_WITH_TIMEOUT(diagramSeqs(), QList<quint64> {acceptedEnd}, Timeout);
    // Its row, and only its row, has the highlight role.
    const gui::EventTableModel *rows = stream->model();
    QList<quint64> highlightedRows;
    for (int row = 0; row < rows->rowCount(); ++row) {
        if (rows->index(row, 0).data(gui::EventTableModel::HighlightRole).toBool())
            highlightedRows.append(
                    rows->index(row, 0).data(gui::EventTableModel::SeqRole).value<quint64>());
    }
    QCOMPARE(highlightedRows, QList<quint64> {acceptedEnd});

    // Back: step 1's record again; Next: step 2's.
    QTest::mouseClick(find<QPushButton>(panel, "lessonBackButton"), Qt::LeftButton);
    QCOMPARE(stream->highlightedRecords(), QList<quint64> {acceptedEndCall});
    QCOMPARE(diagramSeqs(), QList<quint64> {acceptedEndCall});
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(stream->highlightedRecords(), QList<quint64> {acceptedEnd});

    // The tree names both sockets as the lesson does.
    const EndpointTreeModel *model = window.endpointModel();
    QVERIFY(model->indexOf(client).data().toString().startsWith(u"client · #"));
    QVERIFY(model->indexOf(second.endpointId).data().toString().startsWith(u"accepted · #"));

    QTest::mouseClick(find<QPushButton>(panel, "lessonStartButton"), Qt::LeftButton); // Restart
    QVERIFY(stream->highlightedRecords().isEmpty());
    QVERIFY(diagram->highlightedRows().isEmpty());
}

void tst_LessonPanel::backShowsAStepWithoutRunningItAgain()
{
    MainWindow window;
    answerPrompts(window);
    m_nextOpenFile = writeLesson(TwoSteps);
    find<QAction>(&window, "actionOpenLesson")->trigger();
    auto *panel = find<LessonPanel>(&window, "lessonPanel");
    auto *stream = window.findChild<gui::EventStreamWidget *>();
    QSignalSpy finished(panel, &LessonPanel::lessonFinished);
    QSignalSpy selected(stream, &gui::EventStreamWidget::recordSelected);
    panel->start();
    QVERIFY(stepToTheEnd(panel, finished));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(panel->failure()));
    // Both steps' rows have reached the stream (it reads the trace at frame rate).
    QTRY_VERIFY_WITH_TIMEOUT(selected.size() >= 2, Timeout);
    const int records = stream->model()->rowCount();
    const gui::EventStore &store = stream->model()->store();
    QVERIFY(stream->selectRecord(store.at(store.size() - 1).seq)); // away from step 1's rows
    selected.clear();
    QTest::mouseClick(find<QPushButton>(panel, "lessonBackButton"), Qt::LeftButton);
    QCOMPARE(panel->shownStep(), 0);
    QVERIFY(find<QTextBrowser>(panel, "lessonNarration")->toPlainText().contains(u"not run again"));
    // Its noticed row (the server's listening) is selected again, and nothing ran again.
    QCOMPARE(selected.size(), 1);
    const auto record = selected.at(0).at(0).value<trace::TraceRecord>();
    QCOMPARE(record.name(), u"listening"_s);
    QCOMPARE(stream->model()->rowCount(), records);
    QCOMPARE(find<QListWidget>(panel, "lessonNotices")->item(0)->checkState(), Qt::Checked);
}

void tst_LessonPanel::learnerStepWaitsForTheLearner()
{
    const QString path
            = writeLesson("title: Press End yourself\n"
                          "## Two ends\n"
                          "A server and a client.\n"
                          "```js\n"
                          "let accepted = null;\n"
                          "const server = net.createServer((s) => { accepted = s; s.resume(); });\n"
                          "server.listen(0, '127.0.0.1');\n"
                          "await once(server, 'listening');\n"
                          "const client = net.connect(server.address().port, '127.0.0.1');\n"
                          "client.resume();\n"
                          "await once(server, 'connection');\n"
                          "```\n"
                          "notice: client connect\n"
                          "## Your FIN\n"
                          "The peer sees your FIN.\n"
                          "do: Select the client in Endpoints and press End.\n"
                          "```js\n"
                          "client.end();\n"
                          "```\n"
                          "notice: accepted end\n"
                          "## Done\n"
                          "```js\n"
                          "server.close();\n"
                          "```\n");
    QVERIFY(!path.isEmpty());
    MainWindow window;
    answerPrompts(window);
    m_nextOpenFile = path;
    find<QAction>(&window, "actionOpenLesson")->trigger();
    QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(u'\n')));
    auto *panel = find<LessonPanel>(&window, "lessonPanel");
    QCOMPARE(panel->lesson()->title, u"Press End yourself"_s);
    QSignalSpy finished(panel, &LessonPanel::lessonFinished);
    panel->start();
    QTRY_VERIFY_WITH_TIMEOUT(panel->isReachedStepDone(), Timeout);
    QTest::mouseClick(find<QPushButton>(panel, "lessonNextButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel->reachedStep(), 1, Timeout);
    // The step waits for the learner: its fallback code is not run in the window.
    auto *notices = find<QListWidget>(panel, "lessonNotices");
    QCOMPARE(notices->item(0)->checkState(), Qt::Unchecked);
    QVERIFY(panel->isRunning());
    QVERIFY(find<QPushButton>(panel, "lessonDoButton")->isEnabled());
    // The learner selects the script's client (a root socket) and presses End.
    const EndpointTreeModel *model = window.endpointModel();
    quint64 client = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int row = 0; row < model->rowCount(); ++row) {
                    const QModelIndex index = model->index(row, 0);
                    if (index.data(EndpointTreeModel::KindRole).toInt()
                                == int(netcore::EndpointKind::Socket)
                        && index.data(EndpointTreeModel::StateRole).toInt()
                                == int(EndpointTreeModel::State::Open))
                        client = index.data(EndpointTreeModel::IdRole).toULongLong();
                }
                return client != 0;
            }(),
            Timeout);
    window.selectEndpoint(client);
    QAction *end = find<QAction>(&window, "actionEndEndpoint");
    QTRY_VERIFY_WITH_TIMEOUT(end->isEnabled(), Timeout);
    end->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(panel->isReachedStepDone(), Timeout);
    QCOMPARE(notices->item(0)->checkState(), Qt::Checked);
    QVERIFY(!find<QPushButton>(panel, "lessonDoButton")->isEnabled());
    QTest::mouseClick(find<QPushButton>(panel, "lessonNextButton"), Qt::LeftButton);
    QVERIFY(finished.wait(Timeout));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(panel->failure()));
}

void tst_LessonPanel::doItForMePerformsTheLearnerStep()
{
    m_nextOpenFile = writeLesson(
            "title: Let netbench send it\n"
            "## Two ends\n"
            "```js\n"
            "const server = net.createServer((s) => s.setEncoding('utf8').resume());\n"
            "server.listen(0, '127.0.0.1');\n"
            "await once(server, 'listening');\n"
            "const client = net.connect(server.address().port, '127.0.0.1');\n"
            "await once(server, 'connection');\n"
            "```\n"
            "## Send HELLO\n"
            "do: Select the client and send HELLO from the composer.\n"
            "```js\n"
            "client.write('HELLO');\n"
            "```\n"
            "notice: accepted data text=HELLO\n"
            "## Done\n"
            "```js\n"
            "client.destroy(); server.close();\n"
            "```\n");
    MainWindow window;
    answerPrompts(window);
    find<QAction>(&window, "actionOpenLesson")->trigger();
    auto *panel = find<LessonPanel>(&window, "lessonPanel");
    auto *doIt = find<QPushButton>(panel, "lessonDoButton");
    QSignalSpy finished(panel, &LessonPanel::lessonFinished);
    panel->start();
    QTRY_VERIFY_WITH_TIMEOUT(panel->isReachedStepDone(), Timeout);
    QVERIFY(doIt->isHidden());
    QTest::mouseClick(find<QPushButton>(panel, "lessonNextButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(doIt->isEnabled(), Timeout);
    QVERIFY(!panel->isReachedStepDone());
    QTest::mouseClick(doIt, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isReachedStepDone(), Timeout);
    QCOMPARE(find<QListWidget>(panel, "lessonNotices")->item(0)->checkState(), Qt::Checked);
    QTest::mouseClick(find<QPushButton>(panel, "lessonNextButton"), Qt::LeftButton);
    QVERIFY(finished.wait(Timeout));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(panel->failure()));
}

// The built-in lesson's learner step done as its text says: select the client, type hello in
// the composer, Send.
void tst_LessonPanel::learnerSendsFromTheComposer()
{
    MainWindow window;
    answerPrompts(window);
    auto *panel = find<LessonPanel>(&window, "lessonPanel");
    auto *next = find<QPushButton>(panel, "lessonNextButton");
    QVERIFY(panel->selectLesson(u"connect-data-close"_s));
    QSignalSpy finished(panel, &LessonPanel::lessonFinished);
    panel->start();
    const int dataStep = 2;
    QVERIFY(panel->lesson()->steps.at(dataStep).isLearnerAction());
    QTRY_COMPARE_WITH_TIMEOUT(panel->reachedStep(), 0, Timeout);
    while (panel->reachedStep() < dataStep) {
        const int reached = panel->reachedStep();
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), Timeout);
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->reachedStep(), reached + 1, Timeout);
    }
    const EndpointTreeModel *model = window.endpointModel();
    quint64 client = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int row = 0; row < model->rowCount(); ++row) {
                    const QModelIndex index = model->index(row, 0);
                    if (index.data(EndpointTreeModel::KindRole).toInt()
                                == int(netcore::EndpointKind::Socket)
                        && index.data(EndpointTreeModel::StateRole).toInt()
                                == int(EndpointTreeModel::State::Open))
                        client = index.data(EndpointTreeModel::IdRole).toULongLong();
                }
                return client != 0;
            }(),
            Timeout);
    window.selectEndpoint(client);
    auto *payload = window.findChild<QPlainTextEdit *>(u"payloadEdit"_s);
    QVERIFY(payload);
    payload->setPlainText(u"hello"_s);
    QAction *send = find<QAction>(&window, "sendAction");
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), Timeout);
    send->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(panel->isReachedStepDone(), Timeout);
    QVERIFY(stepToTheEnd(panel, finished));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(panel->failure()));
}

// The lines the script writes for the panel are not the reader's: the console hides them.
void tst_LessonPanel::scriptConsoleShowsOnlyTheScriptsOwnOutput()
{
    MainWindow window;
    answerPrompts(window);
    m_nextOpenFile = writeLesson("title: Prints\n"
                                 "## Measure\n"
                                 "```js\n"
                                 "const server = net.createServer();\n"
                                 "server.listen(0, '127.0.0.1');\n"
                                 "await once(server, 'listening');\n"
                                 "console.log('  measured 42 ms');\n"
                                 "server.close();\n"
                                 "```\n"
                                 "notice: server listening\n");
    find<QAction>(&window, "actionOpenLesson")->trigger();
    auto *panel = find<LessonPanel>(&window, "lessonPanel");
    auto *console = window.findChild<gui::ScriptConsoleWidget *>();
    QVERIFY(console);
    QSignalSpy finished(panel, &LessonPanel::lessonFinished);
    panel->start();
    QVERIFY(finished.wait(Timeout));
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(panel->failure()));
    QTRY_VERIFY_WITH_TIMEOUT(console->output().contains(u"measured 42 ms"), Timeout);
    QVERIFY2(!console->output().contains(u"lesson {"), qPrintable(console->output()));
    QVERIFY(!console->output().contains(QChar(1)));
}

void tst_LessonPanel::malformedLessonFileIsRefusedNamingItsLine()
{
    const QString path = writeLesson("title: Broken\n## Step\nnotice: client ended\n");
    MainWindow window;
    answerPrompts(window);
    auto *list = find<QListWidget>(&window, "lessonList");
    const int before = list->count();
    m_nextOpenFile = path;
    find<QAction>(&window, "actionOpenLesson")->trigger();
    QCOMPARE(m_warnings.size(), 1);
    QVERIFY2(m_warnings.constFirst().startsWith(path + u":3: unknown event or call 'ended'"),
             qPrintable(m_warnings.constFirst()));
    QCOMPARE(list->count(), before);
}

void tst_LessonPanel::helpLessonsShowsTheDock()
{
    MainWindow window;
    window.show();
    auto *dock = find<QDockWidget>(&window, "lessonsDock");
    QVERIFY(dock);
    dock->hide();
    find<QAction>(&window, "actionLessons")->trigger();
    QVERIFY(dock->isVisible());
    QCOMPARE(find<QListWidget>(dock, "lessonList")->count(),
             int(lesson::builtinLessonNames().size()));
}

QTEST_MAIN(tst_LessonPanel)
#include "tst_lessonpanel.moc"
