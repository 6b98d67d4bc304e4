#pragma once

#include "payloadcodec.h"

#include <QByteArray>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class ComposerWidget;
}

namespace gui {

// Composes what to send to the selected socket: text with escapes, hex, base64 or a file, sent
// once or repeated, optionally followed by end(). It never touches the network: it emits
// intents, and the window forwards them to the engine and reports file progress back.
//
// Invalid hex or base64 is shown inline while typing and disables Send, so nothing half-parsed
// is ever sent.
class ComposerWidget final : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Text, Hex, Base64, File };
    Q_ENUM(Mode)

    // Asks for a file to open; returns an empty path when the user cancels. Tests replace it.
    using OpenFileFunction = std::function<QString(QWidget *parent, const QString &caption,
                                                   const QString &directory)>;

    // Repeats with no interval go out in batches of this many per turn of the event loop, so
    // a million repeats neither freeze the window nor escape Stop.
    static constexpr int BackToBackBatch = 1000;

    explicit ComposerWidget(QWidget *parent = nullptr);
    ~ComposerWidget() override;

    Mode mode() const;
    void setMode(Mode mode);
    QString payloadText() const;
    void setPayloadText(const QString &text);
    LineEnding lineEnding() const;
    void setLineEnding(LineEnding ending);
    QString filePath() const;
    void setFilePath(const QString &path);
    // The editor's content as bytes (with the line ending), or why it cannot be sent.
    PayloadResult payload() const;

    bool isTargetAvailable() const { return m_targetAvailable; }
    bool isRepeating() const { return m_remaining > 0; }
    bool isSendingFile() const { return m_sendingFile; }

    void setOpenFileFunction(OpenFileFunction function);

public Q_SLOTS:
    // What the Send button does: sends the payload (repeated) or asks for the file send.
    void send();
    // Stops a repeat in progress; no endRequested() follows.
    void stop();
    void setFileProgress(qint64 sent, qint64 total);
    // From the engine: empty error when the whole file went out.
    void fileSendFinished(const QString &error);
    // Whether a writable socket is selected; sending is disabled without one.
    void setTargetAvailable(bool writable);

Q_SIGNALS:
    void sendRequested(const QByteArray &bytes);
    // After the last repeat when "End after sending" is on.
    void endRequested();
    void fileSendRequested(const QString &path, bool endAfter);
    void fileSendCancelRequested();

private:
    void populateCombos();
    void onModeChanged();
    void convertEditor(Mode from, Mode to);
    void browse();
    void cancelFileSend();
    void sendNextRepeat();
    void finishRepeat();
    QString fileProblem() const;
    void updateState();

    std::unique_ptr<Ui::ComposerWidget> m_ui;
    OpenFileFunction m_openFile;
    Mode m_lastMode = Mode::Text;
    bool m_targetAvailable = false;
    bool m_sendingFile = false;
    // The repeat in progress: the bytes fixed when Send was pressed, how many remain.
    QByteArray m_repeatBytes;
    int m_repeatTotal = 0;
    int m_remaining = 0;
    bool m_repeatEndAfter = false;
    QTimer m_repeatTimer;
};

} // namespace gui
