// A headless lesson (`netbench lesson NAME`) as a learner reads it in a terminal: in their
// language, the runner's own words included, and laid out by display width, where a Chinese or
// Japanese character takes two columns and such text breaks between characters.

#include "../app/netbenchprocess.h"
#include "../app/terminaltext.h"

#include "lesson/builtinlessons.h"
#include "lesson/lessonparser.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <clocale>

using namespace Qt::StringLiterals;
using terminaltext::columnsOf;
using terminaltext::withoutSpaces;

namespace {

constexpr int ExitTimeoutMs = 60000;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runLesson(const QString &name, const QString &language)
{
    NetbenchProcess netbench;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LANGUAGE"_s, language);
    environment.insert(u"LANG"_s, language + u".UTF-8"_s);
    environment.remove(u"LC_ALL"_s);
    environment.remove(u"LC_MESSAGES"_s);
    netbench.process.setProcessEnvironment(environment);
    if (!netbench.start({u"lesson"_s, name}) || !netbench.waitForExit(ExitTimeoutMs))
        return {};
    return {netbench.exitCode(), QString::fromUtf8(netbench.out), QString::fromUtf8(netbench.err)};
}

// A line the runner prints for an event or call as it happens ("    12.3 ms  client  end"):
// a record, as long as the data it quotes, not text to wrap.
bool isEventLine(const QString &line)
{
    static const QRegularExpression event(u"^ +\\d+\\.\\d ms  "_s);
    return event.match(line).hasMatch();
}

} // namespace

class tst_LessonTerminal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fitsEightyColumnsAndLosesNoText_data();
    void fitsEightyColumnsAndLosesNoText();
    void runnerSpeaksTheLessonsLanguage();
    void englishCountsAreSingularForOne();
};

void tst_LessonTerminal::initTestCase()
{
    QVERIFY2(std::setlocale(LC_CTYPE, "C.UTF-8"), "wcswidth() needs the C.UTF-8 locale");
}

void tst_LessonTerminal::fitsEightyColumnsAndLosesNoText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("name");
    for (const QString &language : {u"ja"_s, u"zh_CN"_s}) {
        for (const QString &name : lesson::builtinLessonNames())
            QTest::addRow("%s %s", qPrintable(language), qPrintable(name)) << language << name;
    }
}

// Every line of narration fits 80 columns (it was one line per paragraph, ~200 columns wide,
// when the prelude counted characters and broke at spaces), and every paragraph of the
// translated lesson is in the output, character for character.
void tst_LessonTerminal::fitsEightyColumnsAndLosesNoText()
{
    QFETCH(QString, language);
    QFETCH(QString, name);
    const Run run = runLesson(name, language);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));

    QFile file(u":/netbench/lessons/%1/%2.lesson"_s.arg(language, name));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<lesson::Lesson> translated
            = lesson::parseLesson(file.readAll(), file.fileName(), &error);
    QVERIFY2(translated, qPrintable(error));
    QStringList paragraphs = translated->summary;
    for (const lesson::LessonStep &step : translated->steps)
        paragraphs << step.title << step.narration;
    for (QString &paragraph : paragraphs)
        paragraph = withoutSpaces(paragraph);

    // The lesson's prose, not what its code prints (measurements, in the lesson's own layout).
    const auto isProse = [&paragraphs](const QString &line) {
        const QString text = withoutSpaces(line);
        return !text.isEmpty()
                && std::any_of(paragraphs.cbegin(), paragraphs.cend(),
                               [&text](const QString &p) { return p.contains(text); });
    };
    QStringList tooWide;
    qsizetype proseLines = 0;
    for (const QString &line : run.out.split(u'\n')) {
        const int width = columnsOf(line);
        QVERIFY2(width >= 0, qPrintable(u"a character without a width in: "_s + line));
        if (isEventLine(line) || !isProse(line))
            continue;
        ++proseLines;
        if (width > 80)
            tooWide.append(u"%1 columns: %2"_s.arg(width).arg(line));
    }
    QVERIFY(proseLines > 0);
    QVERIFY2(tooWide.isEmpty(),
             qPrintable(u"%1 lines wider than 80 columns:\n"_s.arg(tooWide.size())
                        + tooWide.join(u'\n')));

    const QString printed = withoutSpaces(run.out);
    for (const QString &paragraph : std::as_const(paragraphs))
        QVERIFY2(printed.contains(paragraph), qPrintable(paragraph));
}

// The runner's own words (headings, notices, the summary at the end, the words of an event
// line) were English around German narration.
void tst_LessonTerminal::runnerSpeaksTheLessonsLanguage()
{
    const Run run = runLesson(u"connect-data-close"_s, u"de"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    for (const QString &german : {u"Schritt 1 von "_s, u"bemerkt: "_s, u"angenommen als "_s,
                                  u"Lektion abgeschlossen"_s, u" Bytes \""_s})
        QVERIFY2(run.out.contains(german), qPrintable(german + u" missing in:\n"_s + run.out));
    for (const QString &english : {u"Step "_s, u"noticed:"_s, u"accepted as"_s,
                                   u"Lesson complete"_s, u" bytes \""_s, u" byte \""_s})
        QVERIFY2(!run.out.contains(english), qPrintable(english + u" in:\n"_s + run.out));
}

// English has plural forms too: a one-byte write read "1 bytes" (and "1 byte(s)" once counts
// were %n texts) until the English plural translation was loaded.
void tst_LessonTerminal::englishCountsAreSingularForOne()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QFile file(folder.filePath(u"one-byte.lesson"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
            "title: One byte\n"
            "\n"
            "## The client writes one byte\n"
            "\n"
            "```js\n"
            "const server = net.createServer((socket) => socket.on('data', () => socket.end()));\n"
            "server.listen(0, '127.0.0.1');\n"
            "await once(server, 'listening');\n"
            "const client = net.connect(server.address().port, '127.0.0.1');\n"
            "client.resume();\n"
            "client.write('x');\n"
            "await once(client, 'close');\n"
            "server.close();\n"
            "```\n"
            "\n"
            "notice: accepted data bytes=1\n");
    file.close();
    const Run run = runLesson(file.fileName(), u"C"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(u"write()  1 byte \"x\""_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"data  1 byte \"x\""_s), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(tst_LessonTerminal)
#include "tst_lessonterminal.moc"
