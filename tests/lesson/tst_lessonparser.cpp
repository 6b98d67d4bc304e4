// The lesson format: parsing, its errors (each names its line), the script a lesson becomes,
// and a headless run's verdict.
#include "lesson/builtinlessons.h"
#include "lesson/expectation.h"
#include "lesson/lessonparser.h"
#include "lesson/lessonprotocol.h"
#include "lesson/lessonrunner.h"
#include "lesson/lessonscript.h"

#include <QDir>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLessonParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBuiltinLessonIsListedAndParses();
    void stepsNarrationAndExpectations();
    void malformedLessonNamesTheLine_data();
    void malformedLessonNamesTheLine();
    void missingFileIsAnError();
    void scriptKeepsTheLessonsLineNumbers();
    void errorInStepCodeNamesTheLessonsLine();
    void unmetExpectationFailsNamingIt();
    void learnerStepWithoutFallbackIsSkippedHeadless();
    void protocolLinesAreReadAndOtherLinesAreNot();
    void protocolNamesTheEndpointOfEachLabel();
    void traceRecordsAreMatchedAsTheScriptSawThem();

private:
    static int run(const QByteArray &text, QByteArray *output);
};

int TestLessonParser::run(const QByteArray &text, QByteArray *output)
{
    QString error;
    std::optional<lesson::Lesson> parsed = lesson::parseLesson(text, u"t.lesson"_s, &error);
    if (!parsed) {
        qWarning() << error;
        return -1;
    }
    parsed->name = u"t"_s;
    return lesson::runLesson(*parsed, {}, [output](script::OutputChannel, const QByteArray &bytes) {
        output->append(bytes);
    });
}

void TestLessonParser::everyBuiltinLessonIsListedAndParses()
{
    QStringList files = QDir(u":/netbench/lessons"_s).entryList({u"*.lesson"_s});
    for (QString &file : files)
        file.chop(int(qstrlen(".lesson")));
    QStringList names = lesson::builtinLessonNames();
    QVERIFY(names.size() >= 3);
    std::sort(files.begin(), files.end());
    std::sort(names.begin(), names.end());
    QCOMPARE(names, files); // a new lesson file needs its place in builtinLessonNames()
    for (const QString &name : std::as_const(names)) {
        QString error;
        const std::optional<lesson::Lesson> found = lesson::findLesson(name, &error);
        QVERIFY2(found, qPrintable(error));
        QVERIFY(!found->title.isEmpty());
        for (const lesson::LessonStep &step : found->steps)
            QVERIFY2(!step.narration.isEmpty(), qPrintable(name + u": " + step.title));
    }
}

void TestLessonParser::stepsNarrationAndExpectations()
{
    const QByteArray text = "title: T\n"
                            "Summary one\ncontinues.\n\nSummary two.\n"
                            "## First\n"
                            "Narration\nhere.\n"
                            "```js\nconst a = 1;\n```\n"
                            "notice: client write() ok=false bufferSize>0 text~\"a b\"\n"
                            "## Second\n"
                            "do: Press End on the client.\n"
                            "timeout: 250\n"
                            "notice: * end\n";
    QString error;
    const std::optional<lesson::Lesson> parsed = lesson::parseLesson(text, u"t.lesson"_s, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->title, u"T"_s);
    QCOMPARE(parsed->summary, (QStringList {u"Summary one continues."_s, u"Summary two."_s}));
    QCOMPARE(parsed->steps.size(), 2);
    const lesson::LessonStep &first = parsed->steps.at(0);
    QCOMPARE(first.line, 6);
    QCOMPARE(first.narration, QStringList {u"Narration here."_s});
    QVERIFY(first.hasCode);
    QCOMPARE(parsed->code.value(10), u"const a = 1;"_s);
    QCOMPARE(first.expectations.size(), 1);
    const lesson::Expectation &e = first.expectations.at(0);
    QCOMPARE(e.role, u"client"_s);
    QCOMPARE(e.name, u"write()"_s);
    QCOMPARE(e.fields.size(), 3);
    QCOMPARE(e.fields.at(1).op, u">"_s);
    QCOMPARE(e.fields.at(2).value, u"a b"_s);
    const lesson::LessonStep &second = parsed->steps.at(1);
    QVERIFY(second.isLearnerAction());
    QCOMPARE(second.timeoutMs, 250);
    QCOMPARE(second.expectations.at(0).role, u"*"_s);
}

void TestLessonParser::malformedLessonNamesTheLine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("no title") << QByteArray("Hello\n") << u"t.lesson:1: a lesson starts"_s;
    QTest::newRow("no steps") << QByteArray("title: T\n\nJust words.\n")
                              << u"t.lesson:3: a lesson has at least one step"_s;
    QTest::newRow("unclosed code") << QByteArray("title: T\n## S\n```js\nx();\n\n")
                                   << u"t.lesson:3: the code block opened here"_s;
    QTest::newRow("two code blocks") << QByteArray("title: T\n## S\n```\na\n```\n```\nb\n```\n")
                                     << u"t.lesson:6: a step has one code block"_s;
    QTest::newRow("unknown event") << QByteArray("title: T\n## S\nnotice: client ended\n")
                                   << u"t.lesson:3: unknown event or call 'ended'"_s;
    QTest::newRow("unknown field")
            << QByteArray("title: T\n## S\n\nnotice: client write() okay=1\n")
            << u"t.lesson:4: unknown field 'okay'"_s;
    QTest::newRow("bad field") << QByteArray("title: T\n## S\nnotice: client data 5\n")
                               << u"t.lesson:3: '5' is not a field test"_s;
    QTest::newRow("open quote") << QByteArray("title: T\n## S\nnotice: client data text~\"a\n")
                                << u"t.lesson:3: a quote"_s;
    QTest::newRow("notice outside a step") << QByteArray("title: T\nnotice: client end\n")
                                           << u"t.lesson:2: 'notice:' belongs to a step"_s;
    QTest::newRow("bad timeout") << QByteArray("title: T\n## S\ntimeout: soon\n")
                                 << u"t.lesson:3: 'timeout:'"_s;
    QTest::newRow("other language") << QByteArray("title: T\n## S\n```python\n```\n")
                                    << u"t.lesson:3: a code block is JavaScript"_s;
    QTest::newRow("NUL") << QByteArray("title: T\0\n", 10) << u"t.lesson:1: a lesson is text"_s;
}

void TestLessonParser::malformedLessonNamesTheLine()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    QString actual;
    QVERIFY(!lesson::parseLesson(text, u"t.lesson"_s, &actual));
    QVERIFY2(actual.startsWith(error), qPrintable(actual));
}

void TestLessonParser::missingFileIsAnError()
{
    QTemporaryDir folder;
    QString error;
    QVERIFY(!lesson::loadLessonFile(folder.filePath(u"none.lesson"_s), &error));
    QVERIFY2(error.contains(u"none.lesson"), qPrintable(error));
    QVERIFY(!lesson::loadLessonFile(folder.path(), &error)); // a folder is no lesson
    QVERIFY(!lesson::findLesson(u"no-such-lesson"_s, &error));
    QVERIFY2(error.contains(u"--list"), qPrintable(error));
}

void TestLessonParser::scriptKeepsTheLessonsLineNumbers()
{
    const QByteArray text = "title: T\n"
                            "## S\n"
                            "```js\n"
                            "const s = 'await me'; await once(x, 'y'); // await\n"
                            "const awaited = `await ${1}`; const waitress = 1;\n"
                            "```\n";
    QString error;
    const std::optional<lesson::Lesson> parsed = lesson::parseLesson(text, u"t.lesson"_s, &error);
    QVERIFY2(parsed, qPrintable(error));
    const QStringList lines = lesson::lessonScript(*parsed).split(u'\n');
    QCOMPARE(lines.at(3), u"const s = 'await me'; yield once(x, 'y'); // await"_s);
    QCOMPARE(lines.at(4), u"const awaited = `await ${1}`; const waitress = 1;"_s);
    QCOMPARE(lines.at(1), u"yield lesson._begin(0);"_s);
}

void TestLessonParser::errorInStepCodeNamesTheLessonsLine()
{
    QByteArray output;
    const int exitCode = run("title: T\n"
                             "## S\n"
                             "```js\n"
                             "const a = 1;\n"
                             "null.boom();\n"
                             "```\n",
                             &output);
    QCOMPARE(exitCode, 1);
    QVERIFY2(output.contains("lesson failed: the lesson's code threw"), output.constData());
    QVERIFY2(output.contains("t.lesson.js:5"), output.constData());
}

void TestLessonParser::unmetExpectationFailsNamingIt()
{
    QByteArray output;
    const int exitCode = run("title: T\n"
                             "## Listen\n"
                             "timeout: 300\n"
                             "```js\n"
                             "const server = net.createServer().listen(0, '127.0.0.1');\n"
                             "await once(server, 'listening');\n"
                             "server.close();\n"
                             "```\n"
                             "notice: server listening\n"
                             "notice: client connect\n",
                             &output);
    QCOMPARE(exitCode, 1);
    QVERIFY2(output.contains("✓ noticed: server listening"), output.constData());
    QVERIFY2(output.contains("lesson failed: step 1 \"Listen\" (line 2): \"client connect\" did "
                             "not happen within 300 ms"),
             output.constData());
}

void TestLessonParser::learnerStepWithoutFallbackIsSkippedHeadless()
{
    QByteArray output;
    const int exitCode = run("title: T\n"
                             "## Act\n"
                             "do: Press End on the client.\n"
                             "notice: client end\n"
                             "## Done\n"
                             "Words.\n",
                             &output);
    QCOMPARE(exitCode, 0);
    QVERIFY2(output.contains("(a learner action: skipped when run headless)"), output.constData());
    QVERIFY2(output.contains("Lesson complete"), output.constData());
}

void TestLessonParser::protocolLinesAreReadAndOtherLinesAreNot()
{
    const std::optional<lesson::LessonMessage> noticed = lesson::parseLessonMessage(
            "\x01lesson {\"kind\":\"noticed\",\"step\":2,\"expectation\":1,"
            "\"endpoint\":\"server\",\"role\":\"probe\",\"name\":\"listening\"}");
    QVERIFY(noticed);
    QCOMPARE(noticed->kind, lesson::LessonMessage::Kind::Noticed);
    QCOMPARE(noticed->step, 2);
    QCOMPARE(noticed->expectation, 1);
    QVERIFY(noticed->isServer);
    QCOMPARE(noticed->role, u"probe"_s);
    QVERIFY(!lesson::parseLessonMessage("lesson {\"kind\":\"finished\"}"));
    QVERIFY(!lesson::parseLessonMessage("\x01lesson {\"kind\":\"other\"}"));
    // What the script prints itself, with --protocol, is all the panel sees besides.
    QByteArray output;
    QString error;
    std::optional<lesson::Lesson> parsed = lesson::parseLesson(
            "title: T\n## S\n```js\nconsole.log('mine');\n```\n", u"t.lesson"_s, &error);
    QVERIFY2(parsed, qPrintable(error));
    parsed->name = u"t"_s;
    QCOMPARE(lesson::runLesson(*parsed, {u"--protocol"_s},
                               [&output](script::OutputChannel, const QByteArray &bytes) {
                                   output.append(bytes);
                               }),
             0);
    QList<lesson::LessonMessage::Kind> kinds;
    QList<QByteArray> own;
    for (const QByteArray &line : output.split('\n')) {
        if (const std::optional<lesson::LessonMessage> message = lesson::parseLessonMessage(line))
            kinds.append(message->kind);
        else if (!line.isEmpty())
            own.append(line);
    }
    using Kind = lesson::LessonMessage::Kind;
    QCOMPARE(kinds, (QList<Kind> {Kind::StepStarted, Kind::StepDone, Kind::Finished}));
    QCOMPARE(own, QList<QByteArray> {"mine"});
}

// Under netbench the script says which endpoint (the trace's id) got which label.
void TestLessonParser::protocolNamesTheEndpointOfEachLabel()
{
    QByteArray output;
    QString error;
    std::optional<lesson::Lesson> parsed = lesson::parseLesson(
            "title: T\n## S\n```js\nconst server = net.createServer();\n"
            "server.listen(0, '127.0.0.1');\nawait once(server, 'listening');\n"
            "const client = net.connect(server.address().port, '127.0.0.1');\n"
            "await once(client, 'connect');\nclient.destroy();\nserver.close();\n```\n"
            "notice: client connect\n",
            u"t.lesson"_s, &error);
    QVERIFY2(parsed, qPrintable(error));
    parsed->name = u"t"_s;
    QCOMPARE(lesson::runLesson(*parsed, {u"--protocol"_s},
                               [&output](script::OutputChannel, const QByteArray &bytes) {
                                   output.append(bytes);
                               }),
             0);
    QHash<QString, quint64> labelled;
    quint64 noticedId = 0;
    for (const QByteArray &line : output.split('\n')) {
        const std::optional<lesson::LessonMessage> message = lesson::parseLessonMessage(line);
        if (message && message->kind == lesson::LessonMessage::Kind::Labelled)
            labelled.insert(message->role, message->id);
        else if (message && message->kind == lesson::LessonMessage::Kind::Noticed)
            noticedId = message->id;
    }
    QCOMPARE(labelled.keys().size(), 3); // server, client and the socket the server accepted
    const QList<quint64> ids = labelled.values();
    QCOMPARE(QSet<quint64>(ids.cbegin(), ids.cend()).size(), 3);
    QVERIFY(!ids.contains(0));
    QCOMPARE(noticedId, labelled.value(u"client"_s));
}

// The window finds a noticed expectation's record with the same test the script made of the
// observation: the record read as the script would have seen it.
void TestLessonParser::traceRecordsAreMatchedAsTheScriptSawThem()
{
    const auto expect = [](const char *text) {
        QString error;
        const std::optional<lesson::Expectation> parsed
                = lesson::parseExpectation(QString::fromUtf8(text), &error);
        if (!parsed)
            qFatal("%s", qPrintable(error));
        return *parsed;
    };
    const QHash<quint64, QString> labels {{7, u"client"_s}, {8, u"accepted"_s}};
    const auto labelOf = [&labels](quint64 id) { return labels.value(id); };
    const auto test
            = [&](const lesson::Expectation &expectation, const trace::TraceRecord &record) {
                  const lesson::Observation observed = lesson::observationOf(record, labelOf);
                  return lesson::matches(expectation, labelOf(record.endpointId), observed.name,
                                         observed.fields);
              };

    trace::TraceRecord data;
    data.endpointId = 7;
    data.event = netcore::NetEvent::Data;
    data.value = 15;
    data.setPreview("you said: hello");
    QVERIFY(test(expect("client data text~\"you said\""), data));
    QVERIFY(test(expect("client data bytes=15"), data));
    QVERIFY(test(expect("* data bytes>10"), data));
    QVERIFY(!test(expect("client data bytes<10"), data));
    QVERIFY(!test(expect("accepted data"), data)); // another endpoint's label
    QVERIFY(!test(expect("client end"), data));
    QVERIFY(!test(expect("client write()"), data));

    trace::TraceRecord write;
    write.endpointId = 8;
    write.event = netcore::NetEvent::WriteCall;
    write.value = 3;
    write.setPreview("abc");
    write.write = {0, 70000, 65536};
    QVERIFY(test(expect("accepted write() ok=false bufferSize>65536 text=abc"), write));
    QVERIFY(!test(expect("accepted write() ok=true"), write));

    trace::TraceRecord close;
    close.endpointId = 7;
    close.event = netcore::NetEvent::Close;
    close.value = 0;
    QVERIFY(test(expect("client close hadError=false"), close));
    QVERIFY(!test(expect("client close hadError=true"), close));

    trace::TraceRecord connection;
    connection.endpointId = 1;
    connection.kind = netcore::EndpointKind::Server;
    connection.event = netcore::NetEvent::Connection;
    connection.relatedId = 8;
    QVERIFY(test(expect("* connection socket=accepted"), connection));
    // A key the record cannot tell fails, as a key missing from an observation does.
    QVERIFY(!test(expect("* connection code=ECONNRESET"), connection));
}

QTEST_GUILESS_MAIN(TestLessonParser)
#include "tst_lessonparser.moc"
