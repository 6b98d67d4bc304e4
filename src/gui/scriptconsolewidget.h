#pragma once

#include "net/stringdecoder.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ScriptConsoleWidget;
}

namespace session {
class EngineThread;
}

namespace gui {

// Runs a Node-style script inside the window (the same runtime as `netbench run`): its console
// output shows here, its endpoints in the tree and its events in the stream. Stop ends it as
// Ctrl+C would (exit code 130).
class ScriptConsoleWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit ScriptConsoleWidget(session::EngineThread *engine, QWidget *parent = nullptr);
    ~ScriptConsoleWidget() override;

    void setScriptPath(const QString &path);
    QString scriptPath() const;
    bool run(); // false (with the reason shown) when no file or a script already runs
    void stop();
    QString output() const;

    // Test seam: the file dialog of Browse…
    std::function<QString()> chooseFile;

Q_SIGNALS:
    void finished(int exitCode);

private:
    void append(bool isError, const QByteArray &bytes);
    QByteArray withoutLessonLines(const QByteArray &bytes);
    void insertText(bool isError, const QString &text);
    void setRunning(bool running);

    std::unique_ptr<Ui::ScriptConsoleWidget> m_ui;
    session::EngineThread *m_engine;
    // stdout's and stderr's: a character split between two writes is shown whole.
    netcore::StringDecoder m_decoders[2];
    QByteArray m_heldLine; // standard output's last line, while it may be a lesson's message
};

} // namespace gui
