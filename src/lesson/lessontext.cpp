#include "lessontext.h"

#include "text/textlayout.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lesson {

namespace {

QString wrapped(const QString &paragraph, int indent)
{
    return QString(indent, u' ')
            + textlayout::wrapParagraph(paragraph, HeadlessTextWidth, indent, indent);
}

// A count's forms for 0, 1 and more, with %n where the number goes, for the prelude to fill
// in: each language netbench speaks chooses its plural form by that alone (French says
// "0 octet", English "0 bytes").
QJsonArray countForms(const QString &zero, const QString &one, const QString &two)
{
    return QJsonArray::fromStringList({QString(zero).replace(u"0"_s, u"%n"_s),
                                       QString(one).replace(u"1"_s, u"%n"_s),
                                       QString(two).replace(u"2"_s, u"%n"_s)});
}

QString stepHeading(const Lesson &lesson, qsizetype index)
{
    return QCoreApplication::translate("lesson::Runner", "Step %1 of %2: %3")
            .arg(index + 1)
            .arg(lesson.steps.size())
            .arg(lesson.steps.at(index).title);
}

// Printed when a step begins: a blank line, the heading, the narration and the learner's part.
QString stepIntro(const Lesson &lesson, qsizetype index)
{
    const LessonStep &step = lesson.steps.at(index);
    QStringList lines {QString(), stepHeading(lesson, index)};
    for (const QString &paragraph : step.narration)
        lines << wrapped(paragraph, 2) << QString();
    if (step.isLearnerAction())
        lines << wrapped(
                QCoreApplication::translate("lesson::Runner", "Learner: %1").arg(step.instruction),
                2)
              << QString();
    return lines.join(u'\n');
}

QJsonObject stepText(const Lesson &lesson, qsizetype index)
{
    const LessonStep &step = lesson.steps.at(index);
    const int ms = step.timeoutMs > 0 ? step.timeoutMs : DefaultStepTimeoutMs;
    const QString where
            = QCoreApplication::translate("lesson::Runner", "step %1 \"%2\" (line %3): %4")
                      .arg(index + 1)
                      .arg(step.title)
                      .arg(step.line);
    QJsonArray noticed;
    QJsonArray late;
    for (const Expectation &expectation : step.expectations) {
        // "      ✓ noticed: client end", continued under the expectation's first word.
        const QString mark = u"      ✓ "_s;
        const QString line = QCoreApplication::translate("lesson::Runner", "noticed: %1")
                                     .arg(expectation.text);
        noticed.append(QString(mark
                               + textlayout::wrapParagraph(line, HeadlessTextWidth,
                                                           textlayout::displayWidth(mark), 8)));
        late.append(where.arg(
                QCoreApplication::translate("lesson::Runner", "\"%1\" did not happen within %2 ms")
                        .arg(expectation.text)
                        .arg(ms)));
    }
    return {{u"intro"_s, stepIntro(lesson, index)},
            {u"noticed"_s, noticed},
            {u"late"_s, late},
            {u"codeLate"_s,
             where.arg(QCoreApplication::translate("lesson::Runner",
                                                   "its code did not finish within %1 ms")
                               .arg(ms))}};
}

// Printed before the first step: the title, underlined, and the summary.
QString lessonIntro(const Lesson &lesson)
{
    QStringList lines {
            lesson.title,
            QString(qMin(textlayout::displayWidth(lesson.title), HeadlessTextWidth), u'=')};
    for (const QString &paragraph : lesson.summary)
        lines << wrapped(paragraph, 0) << QString();
    return lines.join(u'\n');
}

} // namespace

QJsonObject headlessText(const Lesson &lesson)
{
    QJsonArray steps;
    for (qsizetype i = 0; i < lesson.steps.size(); ++i)
        steps.append(stepText(lesson, i));
    const auto bytes = [](int n) {
        return QCoreApplication::translate("lesson::Runner", "%n byte(s)", nullptr, n);
    };
    const QJsonObject words {
            {u"bytes"_s, countForms(bytes(0), bytes(1), bytes(2))},
            {u"acceptedAs"_s,
             QCoreApplication::translate("lesson::Runner", "accepted as %1",
                                         "a server's 'connection' event: the new socket's label")},
            {u"connectedTo"_s,
             QCoreApplication::translate("lesson::Runner", "to %1",
                                         "a socket's 'connect' event: the address it reached")},
            {u"skipped"_s,
             QString(u"  "_s
                     + QCoreApplication::translate(
                             "lesson::Runner", "(a learner action: skipped when run headless)"))},
            {u"complete"_s,
             QString(u"\n"_s
                     + QCoreApplication::translate(
                             "lesson::Runner", "Lesson complete: every expected event happened."))},
            {u"failed"_s, QCoreApplication::translate("lesson::Runner", "lesson failed: %1")},
            {u"threw"_s,
             QCoreApplication::translate("lesson::Runner", "the lesson's code threw: %1")},
    };
    return {{u"intro"_s, lessonIntro(lesson)}, {u"steps"_s, steps}, {u"words"_s, words}};
}

} // namespace lesson
