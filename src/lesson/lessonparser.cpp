#include "lessonparser.h"

#include "expectation.h"

#include "text/textlayout.h"
#include "trace/boundedfile.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace lesson {

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("lesson::Parser", source);
}

// Reads the lines of one file; narration lines are gathered into paragraphs.
class Parser final
{
public:
    Parser(const QString &sourceName, QString *error)
        : m_source(sourceName)
        , m_error(error)
    { }

    std::optional<Lesson> parse(const QByteArray &text);

private:
    bool line(const QString &text);
    bool directive(const QString &key, const QString &value);
    bool finish();
    void addWords(const QString &text);
    void endParagraph();
    bool fail(const QString &message, int atLine = 0);

    QString m_source;
    QString *m_error;
    Lesson m_lesson;
    int m_line = 0;
    int m_codeStart = 0; // the opening fence's line while inside a code block
    QString m_paragraph;
};

std::optional<Lesson> Parser::parse(const QByteArray &text)
{
    if (text.contains('\0')) {
        fail(tr("a lesson is text; this file holds a NUL byte"), 1);
        return std::nullopt;
    }
    const QString decoded = QString::fromUtf8(text);
    QStringList lines = decoded.split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    for (const QString &raw : std::as_const(lines)) {
        ++m_line;
        QString content = raw;
        if (content.endsWith(u'\r'))
            content.chop(1);
        if (!line(content))
            return std::nullopt;
    }
    if (!finish())
        return std::nullopt;
    m_lesson.lineCount = m_line;
    return m_lesson;
}

bool Parser::line(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_codeStart > 0) {
        if (trimmed == u"```")
            m_codeStart = 0;
        else
            m_lesson.code.insert(m_line, text);
        return true;
    }
    if (trimmed.startsWith(u"```")) {
        if (m_lesson.steps.isEmpty())
            return fail(tr("code comes inside a step (after a '## ' heading)"));
        LessonStep &step = m_lesson.steps.last();
        if (step.hasCode)
            return fail(tr("a step has one code block; this step already has one"));
        const QString language = trimmed.mid(3).trimmed();
        if (!language.isEmpty() && language != u"js" && language != u"javascript")
            return fail(
                    tr("a code block is JavaScript ('```' or '```js'), not '%1'").arg(language));
        endParagraph();
        step.hasCode = true;
        m_codeStart = m_line;
        return true;
    }
    if (trimmed.startsWith(u"# ") || trimmed == u"#")
        return true; // a comment for the lesson's author
    if (trimmed.isEmpty()) {
        endParagraph();
        return true;
    }
    if (text.startsWith(u"## ")) {
        if (m_lesson.title.isEmpty())
            return fail(tr("a lesson starts with 'title: ...' before its first step"));
        endParagraph();
        LessonStep step;
        step.title = text.mid(3).trimmed();
        step.line = m_line;
        m_lesson.steps.append(step);
        return true;
    }
    static const QStringList keys {u"title"_s, u"notice"_s, u"do"_s, u"timeout"_s};
    const qsizetype colon = text.indexOf(u':');
    if (colon > 0 && keys.contains(text.left(colon)))
        return directive(text.left(colon), text.mid(colon + 1).trimmed());
    if (m_lesson.title.isEmpty())
        return fail(tr("a lesson starts with 'title: ...'"));
    addWords(trimmed);
    return true;
}

bool Parser::directive(const QString &key, const QString &value)
{
    endParagraph();
    if (key == u"title") {
        if (!m_lesson.title.isEmpty())
            return fail(tr("the lesson already has a title"));
        if (value.isEmpty())
            return fail(tr("the title is empty"));
        m_lesson.title = value;
        return true;
    }
    if (m_lesson.steps.isEmpty())
        return fail(tr("'%1:' belongs to a step (after a '## ' heading)").arg(key));
    LessonStep &step = m_lesson.steps.last();
    if (key == u"notice") {
        QString problem;
        std::optional<Expectation> expectation = parseExpectation(value, &problem);
        if (!expectation)
            return fail(problem);
        expectation->line = m_line;
        step.expectations.append(*expectation);
    } else if (key == u"do") {
        if (!step.instruction.isEmpty())
            return fail(tr("a step has one 'do:' instruction"));
        if (value.isEmpty())
            return fail(tr("'do:' says what the learner does"));
        step.instruction = value;
    } else { // timeout
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (!ok || ms <= 0 || ms > 600000)
            return fail(tr("'timeout:' is a number of milliseconds from 1 to 600000"));
        step.timeoutMs = ms;
    }
    return true;
}

bool Parser::finish()
{
    if (m_codeStart > 0)
        return fail(tr("the code block opened here is not closed with '```'"), m_codeStart);
    endParagraph();
    if (m_lesson.title.isEmpty())
        return fail(tr("a lesson starts with 'title: ...'"), qMax(1, m_line));
    if (m_lesson.steps.isEmpty())
        return fail(tr("a lesson has at least one step ('## Step title')"), qMax(1, m_line));
    return true;
}

void Parser::addWords(const QString &text)
{
    // Lines of Chinese or Japanese join without a space, as their words do.
    if (!textlayout::joinsWithoutSpace(m_paragraph, text))
        m_paragraph += u' ';
    m_paragraph += text;
}

void Parser::endParagraph()
{
    if (m_paragraph.isEmpty())
        return;
    if (m_lesson.steps.isEmpty())
        m_lesson.summary.append(m_paragraph);
    else
        m_lesson.steps.last().narration.append(m_paragraph);
    m_paragraph.clear();
}

bool Parser::fail(const QString &message, int atLine)
{
    *m_error = u"%1:%2: %3"_s.arg(m_source).arg(atLine > 0 ? atLine : m_line).arg(message);
    return false;
}

} // namespace

std::optional<Lesson> parseLesson(const QByteArray &text, const QString &sourceName, QString *error)
{
    return Parser(sourceName, error).parse(text);
}

std::optional<Lesson> loadLessonFile(const QString &path, QString *error)
{
    trace::FileError fileError;
    const std::optional<QByteArray> text = trace::readBoundedFile(path, MaxLessonBytes, &fileError);
    if (!text) {
        *error = fileError.message;
        return std::nullopt;
    }
    std::optional<Lesson> lesson = parseLesson(*text, path, error);
    if (lesson)
        lesson->name = QFileInfo(path).completeBaseName();
    return lesson;
}

} // namespace lesson
