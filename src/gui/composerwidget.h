#pragma once

#include "session/payloadcodec.h"

#include <QByteArray>
#include <QList>
#include <QWidget>

#include <functional>
#include <memory>
#include <unordered_map>

class QTimer;

namespace Ui {
class ComposerWidget;
}

namespace gui {

// Composes what to send: text with escapes, hex, base64 or a file, sent once or repeated,
// optionally followed by end(). It never touches the network: it emits intents, each carrying
// the endpoint it is for, and the window forwards them to the engine and reports file progress
// back.
//
// A send belongs to the endpoint that was the target when Send was pressed: a repeat keeps
// going to it and a file keeps streaming into it while another endpoint is selected, and the
// composer shows each endpoint's own sends when it is the target again. Every send ends:
// complete, stopped, cancelled, or stopped because its endpoint stopped being writable.
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
    // A repeat calls write() as a loop in Node code would, without waiting for 'drain', so the
    // trace shows write() returning false and bufferSize growing. But once a recorded write()
    // left more than MaxQueuedBytes queued, it waits for 'drain', and it never has more than
    // MaxUnrecordedBytes asked for and not yet recorded: a peer that reads nothing cannot make
    // the engine hold a million repeats in memory.
    static constexpr qint64 MaxQueuedBytes = 16 * 1024 * 1024;
    static constexpr qint64 MaxUnrecordedBytes = 4 * 1024 * 1024;

    explicit ComposerWidget(QWidget *parent = nullptr);
    ~ComposerWidget() override;

    Mode mode() const;
    void setMode(Mode mode);
    QString payloadText() const;
    void setPayloadText(const QString &text);
    session::LineEnding lineEnding() const;
    void setLineEnding(session::LineEnding ending);
    QString filePath() const;
    void setFilePath(const QString &path);
    // The editor's content as bytes (with the line ending), or why it cannot be sent.
    session::PayloadResult payload() const;

    quint64 target() const { return m_target; }
    bool isTargetAvailable() const;
    // The target's sends (see isRepeating(id) for any endpoint's).
    bool isRepeating() const { return isRepeating(m_target); }
    bool isSendingFile() const { return isSendingFile(m_target); }
    bool isRepeating(quint64 id) const;
    bool isSendingFile(quint64 id) const;
    // Endpoints with a repeat or a file send in progress.
    QList<quint64> busyEndpoints() const;

    void setOpenFileFunction(OpenFileFunction function);

public Q_SLOTS:
    // The endpoint sends go to (0: none), what to call it, and whether it is writable.
    void setTarget(quint64 id, const QString &description, bool writable);
    // Whether an endpoint can be written to; a repeat on one that cannot is stopped.
    void setWritable(quint64 id, bool writable);
    // What the Send button does: sends the payload (repeated) or asks for the file send.
    void send();
    // Stops the target's repeat; no endRequested() follows.
    void stop();
    // From the engine, for the endpoint the file is going to.
    void setFileProgress(quint64 id, qint64 sent, qint64 total);
    // From the engine: empty error when the whole file went out.
    void fileSendFinished(quint64 id, const QString &error);
    // From the trace, for an endpoint's repeat to follow its write queue: a write() call of
    // these bytes that left bufferSize queued; the endpoint's 'drain'.
    void writeRecorded(quint64 id, qint64 bytes, qint64 bufferSize);
    void drained(quint64 id);
    // Records were lost before reaching the window: no repeat waits for what they said.
    void writeRecordsLost();

Q_SIGNALS:
    void sendRequested(quint64 id, const QByteArray &bytes);
    // After the last repeat when "End after sending" is on.
    void endRequested(quint64 id);
    void fileSendRequested(quint64 id, const QString &path, bool endAfter);
    void fileSendCancelRequested(quint64 id);

private:
    // One endpoint's sends: the repeat in progress (bytes fixed when Send was pressed) and the
    // file send, with what the status labels say about them.
    struct Outgoing
    {
        bool writable = false;
        QByteArray repeatBytes;
        int repeatTotal = 0;
        int remaining = 0;
        bool repeatEndAfter = false;
        QTimer *repeatTimer = nullptr; // while a repeat is in progress
        QString repeatStatus;
        qint64 unrecordedBytes = 0; // asked for, not yet seen in a write() record
        bool queueFull = false;     // past MaxQueuedBytes at the last write(); no 'drain' since
        bool sendingFile = false;
        bool cancelling = false;
        QString fileName;
        qint64 fileSent = 0;
        qint64 fileTotal = 0;
        QString fileStatus;
        bool fileFailed = false;
    };

    void populateCombos();
    void onModeChanged();
    void convertEditor(Mode from, Mode to);
    void browse();
    void cancelFileSend();
    void sendNextRepeat(quint64 id);
    static bool mustWaitForTheQueue(const Outgoing &o);
    void resumeRepeat(quint64 id);
    void finishRepeat(quint64 id, const QString &stoppedBecause = {});
    QString fileProblem() const;
    Outgoing &outgoing(quint64 id);
    const Outgoing *find(quint64 id) const;
    void showTargetSends();
    void updateState();

    std::unique_ptr<Ui::ComposerWidget> m_ui;
    OpenFileFunction m_openFile;
    Mode m_lastMode = Mode::Text;
    quint64 m_target = 0;
    QString m_targetDescription;
    // Endpoints that were sent to or told about; node-based, so a reference stays valid.
    std::unordered_map<quint64, Outgoing> m_outgoing;
};

} // namespace gui
