#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// --hex-dump FILE: every chunk sent or received, as a header line with its direction, size
// and peer ("> 6 bytes sent to 127.0.0.1:8080", "< ... received from ...") and then lines of
// offset, 16 bytes in hex and the same bytes as ASCII ('.' for the others), as ncat -x does.
// Each line is written when its chunk is, so the file can be followed while the run goes on.
namespace netcore {
class Socket;
}

class StdioHexDump final
{
public:
    enum class Direction { Sent, Received };

    // Opens (truncates) path; false with a readable *error.
    bool open(const QString &path, QString *error);
    void record(Direction direction, const QString &peer, const QByteArray &chunk);

    // What the dump names a peer by: "127.0.0.1:8080", "[::1]:8080" or "the Unix socket".
    static QString peerName(const netcore::Socket *socket);
    // The dump of one chunk, without its header (exposed for the tests of the format).
    static QByteArray format(const QByteArray &chunk);

private:
    QFile m_file;
};
