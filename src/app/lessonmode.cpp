#include "lessonmode.h"

#include "cli.h"

#include "lesson/builtinlessons.h"
#include "lesson/lessonrunner.h"
#include "lesson/lessonscript.h"

#include <QCommandLineParser>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QString Command = u"lesson"_s;

cli::CommandHelp help()
{
    return {Command,
            u"[options] NAME | FILE.lesson"_s,
            LessonCommand::tr(
                    "Runs a guided lesson without a window: prints each step's narration, runs "
                    "its code, prints the events on both ends as they happen and checks the "
                    "events the step expects. The exit status is 0 when every expected event "
                    "happened, 1 (naming the first that did not) otherwise. A step the learner "
                    "performs in the window runs its fallback code, or is skipped."),
            {
                    {u"netbench lesson --list"_s, LessonCommand::tr("List the built-in lessons.")},
                    {u"netbench lesson half-close"_s, LessonCommand::tr("Run a built-in lesson.")},
                    {u"netbench lesson my-class.lesson"_s,
                     LessonCommand::tr("Run a lesson file (format: resources/lessons/README.md).")},
                    {u"netbench lesson --export /tmp/x nagle && node /tmp/x/nagle.lesson.js"_s,
                     LessonCommand::tr("Write the lesson as a Node script and run it under node.")},
            }};
}

void print(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

int list()
{
    for (const QString &name : lesson::builtinLessonNames()) {
        QString error;
        const std::optional<lesson::Lesson> found = lesson::findLesson(name, &error);
        print(u"%1  %2\n"_s.arg(name.leftJustified(20), found ? found->title : error));
    }
    return cli::ExitOk;
}

} // namespace

int LessonCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"lesson"_s, tr("A built-in lesson's name or a lesson file."),
                                 u"NAME | FILE.lesson"_s);
    const QCommandLineOption listOption(u"list"_s, tr("List the built-in lessons."));
    const QCommandLineOption exportOption(
            u"export"_s,
            tr("Write the lesson as a Node-style script (NAME.lesson.js and prelude.js) into "
               "FOLDER instead of running it."),
            u"FOLDER"_s);
    parser.addOptions({listOption, exportOption});
    if (const std::optional<int> exitCode = cli::parse(parser, arguments, help()))
        return *exitCode;
    if (parser.isSet(listOption))
        return list();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return cli::usageError(Command, tr("name one lesson (netbench lesson --list lists them)"));

    QString error;
    const std::optional<lesson::Lesson> found = lesson::findLesson(positional.constFirst(), &error);
    if (!found) {
        cli::printMessage(error);
        return cli::ExitFailure;
    }
    if (parser.isSet(exportOption)) {
        const QString path = lesson::writeLessonScript(*found, parser.value(exportOption), &error);
        if (path.isEmpty()) {
            cli::printMessage(error);
            return cli::ExitFailure;
        }
        print(path + u'\n');
        return cli::ExitOk;
    }
    return lesson::runLesson(*found);
}
