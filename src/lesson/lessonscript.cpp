#include "lessonscript.h"

#include "lessontext.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace lesson {

namespace {

QJsonObject planOf(const Lesson &lesson)
{
    QJsonArray steps;
    for (const LessonStep &step : lesson.steps) {
        QJsonArray expectations;
        for (qsizetype i = 0; i < step.expectations.size(); ++i) {
            const Expectation &e = step.expectations.at(i);
            QJsonArray fields;
            for (const FieldCheck &check : e.fields)
                fields.append(QJsonObject {
                        {u"key"_s, check.key}, {u"op"_s, check.op}, {u"value"_s, check.value}});
            expectations.append(QJsonObject {{u"index"_s, int(i)},
                                             {u"role"_s, e.role},
                                             {u"name"_s, e.name},
                                             {u"fields"_s, fields}});
        }
        steps.append(QJsonObject {
                {u"learnerAction"_s, step.isLearnerAction()},
                {u"hasCode"_s, step.hasCode},
                {u"timeoutMs"_s, step.timeoutMs > 0 ? step.timeoutMs : DefaultStepTimeoutMs},
                {u"expect"_s, expectations}});
    }
    return {{u"steps"_s, steps}, {u"text"_s, headlessText(lesson)}};
}

// The lesson's body is one generator (Qt 6.4's engine has no async functions), so a step's
// `await x` becomes `yield x`; strings, template literals and comments are left alone.
QString awaitAsYield(const QString &line)
{
    static const QRegularExpression awaitWord(u"\\bawait\\b"_s);
    QString result;
    QChar quote;
    qsizetype plainStart = 0;
    const auto flushPlain = [&](qsizetype end) {
        result += line.mid(plainStart, end - plainStart).replace(awaitWord, u"yield"_s);
    };
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == u'\\')
                ++i;
            else if (c == quote) {
                result += line.mid(plainStart, i + 1 - plainStart);
                plainStart = i + 1;
                quote = QChar();
            }
            continue;
        }
        if (c == u'/' && line.mid(i, 2) == u"//") {
            flushPlain(i);
            return result + line.mid(i);
        }
        if (c == u'\'' || c == u'"' || c == u'`') {
            flushPlain(i);
            plainStart = i;
            quote = c;
        }
    }
    if (quote.isNull())
        flushPlain(line.size());
    else
        result += line.mid(plainStart);
    return result;
}

} // namespace

QByteArray preludeSource()
{
    QFile file(u":/netbench/lesson/prelude.js"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString lessonScript(const Lesson &lesson)
{
    // A step whose code is the fallback of a learner action runs only headless, so its code
    // sits in an if block (its declarations stay in it); other steps share one scope.
    QMap<int, QString> heads;
    for (qsizetype i = 0; i < lesson.steps.size(); ++i) {
        QString head;
        if (i > 0)
            head += (lesson.steps.at(i - 1).isLearnerAction() ? u"} "_s : QString())
                    + u"yield lesson._end(%1); "_s.arg(i - 1);
        head += lesson.steps.at(i).isLearnerAction() ? u"if (yield lesson._begin(%1)) {"_s.arg(i)
                                                     : u"yield lesson._begin(%1);"_s.arg(i);
        heads.insert(lesson.steps.at(i).line, head);
    }
    const QString plan
            = QString::fromUtf8(QJsonDocument(planOf(lesson)).toJson(QJsonDocument::Compact));
    QString script = u"const lesson = require('./prelude.js')("_s + plan
            + u", process.argv.slice(2)); const net = require('net'); "
              u"const { once } = require('events'); lesson._run(function* () {"_s;
    // Line 1 is never code nor a heading (a lesson starts with its title).
    for (int line = 2; line <= lesson.lineCount; ++line)
        script += u'\n' + heads.value(line, awaitAsYield(lesson.code.value(line)));
    const qsizetype last = lesson.steps.size() - 1;
    script += u'\n' + (lesson.steps.constLast().isLearnerAction() ? u"} "_s : QString())
            + u"yield lesson._end(%1); });\n"_s.arg(last);
    return script;
}

QString writeLessonScript(const Lesson &lesson, const QString &folder, QString *error)
{
    const QDir dir(folder);
    if (!dir.mkpath(u"."_s)) {
        *error = u"%1: cannot create the folder"_s.arg(folder);
        return {};
    }
    const QString mainPath = dir.filePath(lesson.name + u".lesson.js"_s);
    const std::pair<QString, QByteArray> files[] = {
            {dir.filePath(u"prelude.js"_s), preludeSource()},
            {mainPath, lessonScript(lesson).toUtf8()},
    };
    for (const auto &[path, bytes] : files) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
            || !file.commit()) {
            *error = u"%1: %2"_s.arg(path, file.errorString());
            return {};
        }
    }
    return mainPath;
}

} // namespace lesson
