#include "stdiohexdump.h"

#include "net/socket.h"

#include <QCoreApplication>

QString StdioHexDump::peerName(const netcore::Socket *socket)
{
    if (socket->remotePort() < 0)
        return QCoreApplication::translate("cli", "the Unix socket");
    const QString address = socket->remoteAddress();
    return (address.contains(u':') ? u'[' + address + u']' : address) + u':'
            + QString::number(socket->remotePort());
}

bool StdioHexDump::open(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return true;
    *error = QCoreApplication::translate("cli", "cannot write hex dump %1: %2")
                     .arg(path, m_file.errorString());
    return false;
}

QByteArray StdioHexDump::format(const QByteArray &chunk)
{
    constexpr qsizetype BytesPerLine = 16;
    QByteArray text;
    for (qsizetype offset = 0; offset < chunk.size(); offset += BytesPerLine) {
        const QByteArray line = chunk.mid(offset, BytesPerLine);
        text += QByteArray::number(offset, 16).rightJustified(8, '0') + "  ";
        for (qsizetype i = 0; i < BytesPerLine; ++i) {
            text += i < line.size() ? line.mid(i, 1).toHex() + ' ' : QByteArray("   ");
            if (i == 7)
                text += ' ';
        }
        text += " |";
        for (const char byte : line)
            text += byte >= 0x20 && byte < 0x7f ? byte : '.';
        text += "|\n";
    }
    return text;
}

void StdioHexDump::record(Direction direction, const QString &peer, const QByteArray &chunk)
{
    if (!m_file.isOpen() || chunk.isEmpty())
        return;
    const QString header = direction == Direction::Sent
            ? QCoreApplication::translate("cli", "> %1 bytes sent to %2")
            : QCoreApplication::translate("cli", "< %1 bytes received from %2");
    m_file.write(header.arg(chunk.size()).arg(peer).toUtf8() + '\n' + format(chunk));
}
