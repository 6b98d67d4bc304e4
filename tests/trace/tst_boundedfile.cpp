// Files netbench reads: regular files up to a limit, everything else refused at once with a
// message that says why (a FIFO must not make the reader wait for a writer).

#include "trace/boundedfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using trace::FileError;
using trace::FileProblem;

Q_DECLARE_METATYPE(trace::FileProblem)

class tst_BoundedFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void readsARegularFile();
    void refusesWhatIsNotARegularFile_data();
    void refusesWhatIsNotARegularFile();
    void refusesAFileOverTheLimit();
    void readsAFileAtTheLimit();
    void reopeningClosesThePreviousFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString write(const QString &name, const QByteArray &content);
};

QString tst_BoundedFile::write(const QString &name, const QByteArray &content)
{
    QFile file(m_dir->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return file.fileName();
}

void tst_BoundedFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_BoundedFile::readsARegularFile()
{
    const QString path = write(u"a.txt"_s, "hello\n");
    QFile file;
    FileError error;
    QVERIFY(trace::openBoundedFile(&file, path, 100, &error));
    QCOMPARE(error.problem, FileProblem::None);
    QCOMPARE(file.readAll(), "hello\n"_ba);

    const std::optional<QByteArray> content = trace::readBoundedFile(path, 100, &error);
    QVERIFY(content);
    QCOMPARE(*content, "hello\n"_ba);
    QCOMPARE(error.problem, FileProblem::None);
}

void tst_BoundedFile::refusesWhatIsNotARegularFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<FileProblem>("problem");
    QTest::addColumn<QString>("message");

    QTest::newRow("/dev/zero") << u"device"_s << FileProblem::NotRegular
                               << u"%1 is not a regular file (a device, a FIFO or a socket)"_s;
    QTest::newRow("fifo") << u"fifo"_s << FileProblem::NotRegular
                          << u"%1 is not a regular file (a device, a FIFO or a socket)"_s;
    QTest::newRow("unix socket") << u"socket"_s << FileProblem::NotRegular
                                 << u"%1 is not a regular file (a device, a FIFO or a socket)"_s;
    QTest::newRow("link to a device")
            << u"link"_s << FileProblem::NotRegular
            << u"%1 is not a regular file (a device, a FIFO or a socket)"_s;
    QTest::newRow("folder") << u"folder"_s << FileProblem::Folder
                            << u"%1 is a folder, not a file"_s;
    QTest::newRow("missing") << u"missing"_s << FileProblem::Missing << u"%1 does not exist"_s;
}

void tst_BoundedFile::refusesWhatIsNotARegularFile()
{
    QFETCH(QString, kind);
    QFETCH(FileProblem, problem);
    QFETCH(QString, message);

    QString path = m_dir->filePath(kind);
    int socketFd = -1;
    if (kind == u"device") {
        path = u"/dev/zero"_s;
    } else if (kind == u"fifo") {
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else if (kind == u"socket") {
        socketFd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address = {};
        address.sun_family = AF_UNIX;
        const QByteArray native = QFile::encodeName(path);
        QVERIFY(size_t(native.size()) < sizeof address.sun_path);
        memcpy(address.sun_path, native.constData(), native.size());
        QCOMPARE(::bind(socketFd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    } else if (kind == u"link") {
        QVERIFY(QFile::link(u"/dev/zero"_s, path));
    } else if (kind == u"folder") {
        path = m_dir->path();
    }

    QFile file;
    FileError error;
    QVERIFY(!trace::openBoundedFile(&file, path, 1 << 20, &error));
    QVERIFY(!file.isOpen());
    QCOMPARE(error.problem, problem);
    QCOMPARE(error.message, message.arg(path));
    QVERIFY(!trace::readBoundedFile(path, 1 << 20, &error));
    QCOMPARE(error.problem, problem);
    if (socketFd >= 0)
        ::close(socketFd);
}

void tst_BoundedFile::refusesAFileOverTheLimit()
{
    // Sparse: the size is there, the blocks are not written.
    const QString path = m_dir->filePath(u"big"_s);
    QFile big(path);
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize((qint64(1) << 32) + 1));
    big.close();

    QFile file;
    FileError error;
    QVERIFY(!trace::openBoundedFile(&file, path, qint64(1) << 32, &error));
    QCOMPARE(error.problem, FileProblem::TooLarge);
    QCOMPARE(error.message,
             u"%1 is too large: 4294967297 bytes, netbench reads at most 4294967296"_s.arg(path));
    QVERIFY(!file.isOpen());
}

void tst_BoundedFile::readsAFileAtTheLimit()
{
    const QString path = write(u"exact"_s, QByteArray(70000, 'x'));
    FileError error;
    const std::optional<QByteArray> content = trace::readBoundedFile(path, 70000, &error);
    QVERIFY(content);
    QCOMPARE(content->size(), 70000);
    QVERIFY(!trace::readBoundedFile(path, 69999, &error));
    QCOMPARE(error.problem, FileProblem::TooLarge);
}

void tst_BoundedFile::reopeningClosesThePreviousFile()
{
    const QString first = write(u"one"_s, "1");
    QFile file;
    FileError error;
    QVERIFY(trace::openBoundedFile(&file, first, 10, &error));
    QVERIFY(!trace::openBoundedFile(&file, u"/dev/zero"_s, 10, &error));
    QVERIFY(!file.isOpen());
    QVERIFY(trace::openBoundedFile(&file, write(u"two"_s, "2"), 10, &error));
    QCOMPARE(file.readAll(), "2"_ba);
}

QTEST_GUILESS_MAIN(tst_BoundedFile)
#include "tst_boundedfile.moc"
