// Hex dump lines: offset, two groups of eight, the ASCII column, short last lines, offsets.

#include "gui/hexdump.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_HexDump : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullLine();
    void shortLineKeepsTheAsciiColumnAligned();
    void nonPrintablesAreDots();
    void startOffsetCountsOn();
    void fewerBytesPerLineForANarrowPanel();
    void wideOffsets();
    void emptyInputHasNoLines();
    void dumpJoinsLines();
};

void tst_HexDump::fullLine()
{
    QCOMPARE(gui::hexdump::line("Hello, world!\r\n\x00"_ba, 0),
             u"00000000  48 65 6c 6c 6f 2c 20 77  6f 72 6c 64 21 0d 0a 00  |Hello, world!...|"_s);
}

void tst_HexDump::shortLineKeepsTheAsciiColumnAligned()
{
    const QString full = gui::hexdump::line(QByteArray(16, 'a'), 0);
    const QString part = gui::hexdump::line("abc", 0);
    QCOMPARE(part, u"00000000  61 62 63                                          |abc|"_s);
    QCOMPARE(part.indexOf(u'|'), full.indexOf(u'|'));
    const QString nine = gui::hexdump::line("123456789", 0);
    QCOMPARE(nine.indexOf(u'|'), full.indexOf(u'|'));
    QVERIFY(nine.contains(u"38  39"_s));
}

void tst_HexDump::nonPrintablesAreDots()
{
    const QString text = gui::hexdump::line("\x1f\x7f\x80\xff ~"_ba, 0);
    QVERIFY(text.endsWith(u"|.... ~|"_s));
}

void tst_HexDump::startOffsetCountsOn()
{
    const QStringList lines = gui::hexdump::lines(QByteArray(40, 'x'), 0x1000);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(u"00001000  "_s));
    QVERIFY(lines.at(1).startsWith(u"00001010  "_s));
    QVERIFY(lines.at(2).startsWith(u"00001020  78 78 78 78 78 78 78 78  "_s));
    QVERIFY(lines.at(2).endsWith(u"|xxxxxxxx|"_s));
}

void tst_HexDump::fewerBytesPerLineForANarrowPanel()
{
    const QStringList lines = gui::hexdump::lines("0123456789", 0, 4);
    QCOMPARE(lines,
             QStringList({u"00000000  30 31 32 33  |0123|"_s, u"00000004  34 35 36 37  |4567|"_s,
                          u"00000008  38 39        |89|"_s}));
    const int full16 = int(gui::hexdump::line(QByteArray(16, 'a'), 0).size());
    const int full8 = int(gui::hexdump::line(QByteArray(8, 'a'), 0, 8).size());
    QCOMPARE(gui::hexdump::bytesPerLineFor(full16), 16);
    QCOMPARE(gui::hexdump::bytesPerLineFor(full16 - 1), 8);
    QCOMPARE(gui::hexdump::bytesPerLineFor(full8), 8);
    QCOMPARE(gui::hexdump::bytesPerLineFor(full8 - 1), 4);
    QCOMPARE(gui::hexdump::bytesPerLineFor(10), 4);
}

void tst_HexDump::wideOffsets()
{
    QVERIFY(gui::hexdump::line("a", 0xffffffffLL).startsWith(u"ffffffff  61"_s));
    QVERIFY(gui::hexdump::line("a", 0x100000000LL).startsWith(u"100000000  61"_s));
}

void tst_HexDump::emptyInputHasNoLines()
{
    QVERIFY(gui::hexdump::lines({}).isEmpty());
    QCOMPARE(gui::hexdump::dump({}), QString());
}

void tst_HexDump::dumpJoinsLines()
{
    const QString text = gui::hexdump::dump(QByteArray(17, '\0'), 16);
    QCOMPARE(text.count(u'\n'), 1);
    QVERIFY(text.startsWith(u"00000010  00"_s));
    QVERIFY(text.endsWith(u"00000020  00                                                |.|"_s));
}

QTEST_APPLESS_MAIN(tst_HexDump)
#include "tst_hexdump.moc"
