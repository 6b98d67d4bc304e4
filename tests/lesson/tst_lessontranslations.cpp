// The built-in lessons' translations (resources/lessons/<lang>/NAME.lesson): every English
// lesson has a file in every language netbench is translated into, each parses and differs from
// the English one only in its prose (the same steps, code, notices, timeouts and learner
// actions), and the language the program chose picks the file, with English where there is none.
#include "lesson/builtinlessons.h"
#include "lesson/lessonparser.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// NETBENCH_LESSON_LANGUAGES: the languages of translations/netbench_<lang>.ts, from CMake.
QStringList languages()
{
    return QString::fromLatin1(NETBENCH_LESSON_LANGUAGES).split(u',', Qt::SkipEmptyParts);
}

std::optional<lesson::Lesson> load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u": "_s + file.errorString();
        return std::nullopt;
    }
    return lesson::parseLesson(file.readAll(), path, error);
}

// The lines of a step's code block, as written.
QStringList stepCode(const lesson::Lesson &lesson, qsizetype step)
{
    const int first = lesson.steps.at(step).line;
    const int end = step + 1 < lesson.steps.size() ? lesson.steps.at(step + 1).line
                                                   : lesson.lineCount + 1;
    QStringList lines;
    for (auto it = lesson.code.lowerBound(first); it != lesson.code.end() && it.key() < end; ++it)
        lines.append(it.value());
    return lines;
}

QStringList noticeTexts(const lesson::LessonStep &step)
{
    QStringList texts;
    for (const lesson::Expectation &expectation : step.expectations)
        texts.append(expectation.text);
    return texts;
}

} // namespace

class TestLessonTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { lesson::setBuiltinLessonLanguage(QString()); }
    void cleanup() { lesson::setBuiltinLessonLanguage(QString()); }
    void everyLanguageHasEveryLesson();
    void translationDiffersOnlyInProse_data();
    void translationDiffersOnlyInProse();
    void chosenLanguagePicksTheFile();
};

void TestLessonTranslations::everyLanguageHasEveryLesson()
{
    QVERIFY(languages().contains(u"de"_s));
    const QStringList english = lesson::builtinLessonNames();
    QVERIFY(!english.isEmpty());
    QStringList missing;
    for (const QString &language : languages()) {
        for (const QString &name : english) {
            if (!QFile::exists(lesson::builtinLessonPath(name, language)))
                missing.append(language + u'/' + name + u".lesson"_s);
        }
        // A translation of a lesson that is not (or no longer) built in is a leftover.
        const QStringList files
                = QDir(u":/netbench/lessons/"_s + language).entryList({u"*.lesson"_s});
        for (const QString &file : files)
            QVERIFY2(english.contains(QFileInfo(file).completeBaseName()),
                     qPrintable(language + u'/' + file + u" has no English original"_s));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"missing translations: "_s + missing.join(u", ")));
    // Each folder of translations is one of netbench's languages.
    const QStringList folders = QDir(u":/netbench/lessons"_s).entryList(QDir::Dirs);
    for (const QString &folder : folders)
        QVERIFY2(languages().contains(folder), qPrintable(folder));
}

void TestLessonTranslations::translationDiffersOnlyInProse_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("language");
    for (const QString &language : languages()) {
        for (const QString &name : lesson::builtinLessonNames())
            QTest::newRow(qPrintable(language + u'/' + name)) << name << language;
    }
}

void TestLessonTranslations::translationDiffersOnlyInProse()
{
    QFETCH(QString, name);
    QFETCH(QString, language);
    const QString path = lesson::builtinLessonPath(name, language);
    if (!QFile::exists(path))
        QSKIP("no translation (everyLanguageHasEveryLesson fails for it)");
    QString error;
    const std::optional<lesson::Lesson> english
            = load(lesson::builtinLessonPath(name, QString()), &error);
    QVERIFY2(english, qPrintable(error));
    const std::optional<lesson::Lesson> translated = load(path, &error);
    QVERIFY2(translated, qPrintable(error));

    QVERIFY2(translated->title != english->title, "the title is not translated");
    QCOMPARE(translated->summary.isEmpty(), english->summary.isEmpty());
    QCOMPARE(translated->steps.size(), english->steps.size());
    for (qsizetype i = 0; i < english->steps.size(); ++i) {
        const lesson::LessonStep &original = english->steps.at(i);
        const lesson::LessonStep &step = translated->steps.at(i);
        const QString where = path + u':' + QString::number(step.line);
        QVERIFY2(!step.title.isEmpty() && !step.narration.isEmpty(), qPrintable(where));
        QVERIFY2(stepCode(*translated, i) == stepCode(*english, i),
                 qPrintable(where + u": the code differs from the English lesson's"_s));
        QVERIFY2(noticeTexts(step) == noticeTexts(original),
                 qPrintable(where + u": the notice: lines differ from the English lesson's"_s));
        QVERIFY2(step.timeoutMs == original.timeoutMs,
                 qPrintable(where + u": the timeout differs from the English lesson's"_s));
        QVERIFY2(
                step.isLearnerAction() == original.isLearnerAction(),
                qPrintable(
                        where
                        + u": 'do:' is where the English lesson has none or the other way round"_s));
    }
}

void TestLessonTranslations::chosenLanguagePicksTheFile()
{
    const QString name = lesson::builtinLessonNames().constFirst();
    QString error;
    const std::optional<lesson::Lesson> english = lesson::findLesson(name, &error);
    QVERIFY2(english, qPrintable(error));

    lesson::setBuiltinLessonLanguage(u"de"_s);
    QCOMPARE(lesson::builtinLessonPath(name), lesson::builtinLessonPath(name, u"de"_s));
    const std::optional<lesson::Lesson> german = lesson::findLesson(name, &error);
    QVERIFY2(german, qPrintable(error));
    QCOMPARE(german->name, name);
    QVERIFY(german->title != english->title);

    // A language without lessons (or a lesson not translated yet) falls back to English.
    lesson::setBuiltinLessonLanguage(u"xx"_s);
    QCOMPARE(lesson::builtinLessonPath(name), lesson::builtinLessonPath(name, QString()));
    const std::optional<lesson::Lesson> fallback = lesson::findLesson(name, &error);
    QVERIFY2(fallback, qPrintable(error));
    QCOMPARE(fallback->title, english->title);
}

QTEST_GUILESS_MAIN(TestLessonTranslations)
#include "tst_lessontranslations.moc"
