#include "scriptconsolewidget.h"

#include "session/regularfile.h"

#include "session/enginethread.h"
#include "ui_scriptconsolewidget.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QProcess>
#include <QScrollBar>
#include <QTextCharFormat>

#include <utility>

using namespace Qt::StringLiterals;

namespace gui {

ScriptConsoleWidget::ScriptConsoleWidget(session::EngineThread *engine, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ScriptConsoleWidget>())
    , m_engine(engine)
{
    m_ui->setupUi(this);
    m_ui->outputView->setFont(QFont(u"monospace"_s));
    m_ui->outputView->document()->setMaximumBlockCount(20000); // bounded, like the ring
    chooseFile = [this] {
        return QFileDialog::getOpenFileName(this, tr("Run script"), QString(),
                                            tr("JavaScript (*.js);;All files (*)"));
    };
    connect(m_ui->browseButton, &QToolButton::clicked, this, [this] {
        const QString path = chooseFile();
        if (!path.isEmpty())
            setScriptPath(path);
    });
    connect(m_ui->runButton, &QPushButton::clicked, this, &ScriptConsoleWidget::run);
    connect(m_ui->scriptPathEdit, &QLineEdit::returnPressed, this, &ScriptConsoleWidget::run);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &ScriptConsoleWidget::stop);
    connect(m_ui->clearOutputButton, &QToolButton::clicked, m_ui->outputView,
            &QPlainTextEdit::clear);

    session::ScriptHost *host = engine->scriptHost();
    connect(host, &session::ScriptHost::output, this, &ScriptConsoleWidget::append);
    connect(host, &session::ScriptHost::started, this, [this](const QString &path) {
        m_decoders[0] = m_decoders[1] = netcore::StringDecoder();
        m_heldLine.clear();
        m_ui->statusLabel->setText(tr("Running %1…").arg(QFileInfo(path).fileName()));
    });
    connect(host, &session::ScriptHost::finished, this, [this](int code) {
        insertText(false, m_decoders[0].write(std::exchange(m_heldLine, QByteArray())));
        // Bytes of a character the script never finished show as U+FFFD.
        insertText(false, m_decoders[0].end());
        insertText(true, m_decoders[1].end());
        setRunning(false);
        m_ui->statusLabel->setText(code == 130 ? tr("Stopped (exit code 130).")
                                               : tr("Finished with exit code %1.").arg(code));
        Q_EMIT finished(code);
    });
}

ScriptConsoleWidget::~ScriptConsoleWidget() = default;

void ScriptConsoleWidget::setScriptPath(const QString &path)
{
    m_ui->scriptPathEdit->setText(path);
}

QString ScriptConsoleWidget::scriptPath() const
{
    return m_ui->scriptPathEdit->text().trimmed();
}

QString ScriptConsoleWidget::output() const
{
    return m_ui->outputView->toPlainText();
}

bool ScriptConsoleWidget::run()
{
    const QString path = scriptPath();
    if (path.isEmpty()) {
        m_ui->statusLabel->setText(tr("Choose a script file first."));
        return false;
    }
    if (const QString problem = session::regularFileProblem(path); !problem.isEmpty()) {
        m_ui->statusLabel->setText(problem);
        return false;
    }
    const QStringList arguments = QProcess::splitCommand(m_ui->argumentsEdit->text());
    if (!m_engine->runScript(QFileInfo(path).absoluteFilePath(), arguments)) {
        m_ui->statusLabel->setText(tr("A script is already running; stop it first."));
        return false;
    }
    setRunning(true);
    return true;
}

void ScriptConsoleWidget::stop()
{
    m_engine->stopScript();
}

void ScriptConsoleWidget::setRunning(bool running)
{
    m_ui->runButton->setEnabled(!running);
    m_ui->stopButton->setEnabled(running);
}

void ScriptConsoleWidget::append(bool isError, const QByteArray &bytes)
{
    insertText(isError,
               m_decoders[isError ? 1 : 0].write(isError ? bytes : withoutLessonLines(bytes)));
}

// A lesson's script reports to the Lessons panel in lines of its standard output that start
// with "\x01lesson " (lesson::parseLessonMessage()): they are the panel's, not the reader's.
// A line is held back only while it could still turn out to be one.
QByteArray ScriptConsoleWidget::withoutLessonLines(const QByteArray &bytes)
{
    constexpr QByteArrayView marker = "\x01lesson ";
    m_heldLine += bytes;
    QByteArray shown;
    qsizetype start = 0;
    while (start < m_heldLine.size()) {
        const qsizetype newline = m_heldLine.indexOf('\n', start);
        const QByteArrayView line
                = QByteArrayView(m_heldLine)
                          .sliced(start, (newline < 0 ? m_heldLine.size() : newline + 1) - start);
        if (newline < 0 && (marker.startsWith(line) || line.startsWith(marker)))
            break; // wait for the rest of the line
        if (!line.startsWith(marker))
            shown += line;
        start += line.size();
    }
    m_heldLine.remove(0, start);
    return shown;
}

void ScriptConsoleWidget::insertText(bool isError, const QString &text)
{
    if (text.isEmpty())
        return;
    QTextCharFormat format;
    if (isError)
        format.setForeground(QColor(0xc0, 0x39, 0x2b));
    QTextCursor cursor(m_ui->outputView->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text, format);
    QScrollBar *bar = m_ui->outputView->verticalScrollBar();
    bar->setValue(bar->maximum());
}

} // namespace gui
