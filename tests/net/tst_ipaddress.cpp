// Expected values were printed by node v20: require('net').isIP(input).

#include "net/ipaddress.h"
#include "net/syscalls.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_IpAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifiesLikeNetIsIP_data();
    void classifiesLikeNetIsIP();
};

void tst_IpAddress::classifiesLikeNetIsIP_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("family");

    QTest::newRow("ipv4") << u"1.2.3.4"_s << 4;
    QTest::newRow("ipv4 zeros") << u"0.0.0.0"_s << 4;
    QTest::newRow("ipv4 broadcast") << u"255.255.255.255"_s << 4;
    QTest::newRow("ipv4 leading zero") << u"01.2.3.4"_s << 0;
    QTest::newRow("ipv4 leading zero last") << u"1.2.3.04"_s << 0;
    QTest::newRow("ipv4 double zero") << u"00.0.0.0"_s << 0;
    QTest::newRow("ipv4 three parts") << u"1.2.3"_s << 0;
    QTest::newRow("ipv4 short form") << u"127.1"_s << 0;
    QTest::newRow("ipv4 five parts") << u"1.2.3.4.5"_s << 0;
    QTest::newRow("ipv4 octet 256") << u"256.1.1.1"_s << 0;
    QTest::newRow("ipv4 trailing dot") << u"1.2.3."_s << 0;
    QTest::newRow("ipv4 empty octet") << u"1..2.3"_s << 0;
    QTest::newRow("ipv4 hex octet") << u"0x1.2.3.4"_s << 0;
    QTest::newRow("ipv4 signed octet") << u"+1.2.3.4"_s << 0;
    QTest::newRow("ipv4 non-ascii digit") << u"\u0661.2.3.4"_s << 0;
    QTest::newRow("ipv4 leading space") << u" 1.2.3.4"_s << 0;
    QTest::newRow("ipv4 trailing space") << u"1.2.3.4 "_s << 0;
    QTest::newRow("ipv4 trailing newline") << u"1.2.3.4\n"_s << 0;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("colon") << u":"_s << 0;

    QTest::newRow("unspecified") << u"::"_s << 6;
    QTest::newRow("loopback") << u"::1"_s << 6;
    QTest::newRow("trailing gap") << u"1::"_s << 6;
    QTest::newRow("uppercase") << u"2001:DB8::1"_s << 6;
    QTest::newRow("full form") << u"2001:db8:0:0:0:0:0:1"_s << 6;
    QTest::newRow("eight groups") << u"1:2:3:4:5:6:7:8"_s << 6;
    QTest::newRow("nine groups") << u"1:2:3:4:5:6:7:8:9"_s << 0;
    QTest::newRow("seven groups") << u"1:2:3:4:5:6:7"_s << 0;
    QTest::newRow("seven groups and gap") << u"1:2:3:4:5:6:7::"_s << 6;
    QTest::newRow("gap and seven groups") << u"::2:3:4:5:6:7:8"_s << 6;
    QTest::newRow("gap and eight groups") << u"1::2:3:4:5:6:7:8"_s << 0;
    QTest::newRow("padded groups") << u"0000:0000::1"_s << 6;
    QTest::newRow("five-digit group") << u"12345::1"_s << 0;
    QTest::newRow("non-hex group") << u"g::1"_s << 0;
    QTest::newRow("triple colon") << u":::"_s << 0;
    QTest::newRow("triple colon inside") << u"1:::2"_s << 0;
    QTest::newRow("two gaps") << u"1::2::3"_s << 0;
    QTest::newRow("leading single colon") << u":1::2"_s << 0;
    QTest::newRow("trailing single colon") << u"1::2:"_s << 0;
    QTest::newRow("brackets") << u"[::1]"_s << 0;
    QTest::newRow("ipv6 leading space") << u" ::1"_s << 0;
    QTest::newRow("ipv6 trailing space") << u"::1 "_s << 0;

    QTest::newRow("mapped ipv4") << u"::ffff:1.2.3.4"_s << 6;
    QTest::newRow("mapped ipv4 uppercase") << u"::FFFF:1.2.3.4"_s << 6;
    QTest::newRow("compat ipv4") << u"::1.2.3.4"_s << 6;
    QTest::newRow("six groups and ipv4") << u"1:2:3:4:5:6:1.2.3.4"_s << 6;
    QTest::newRow("five groups gap ipv4") << u"1:2:3:4:5::1.2.3.4"_s << 6;
    QTest::newRow("six groups gap ipv4") << u"1:2:3:4:5:6::1.2.3.4"_s << 0;
    QTest::newRow("embedded ipv4 leading zero") << u"::01.2.3.4"_s << 0;
    QTest::newRow("embedded ipv4 octet 256") << u"::ffff:256.1.1.1"_s << 0;
    QTest::newRow("ipv4 not last") << u"::1.2.3.4:1"_s << 0;
    QTest::newRow("ipv4 before gap") << u"1.2.3.4::"_s << 0;

    QTest::newRow("zone") << u"fe80::1%eth0"_s << 6;
    QTest::newRow("zone with punctuation") << u"fe80::1%a-b.c:d"_s << 6;
    QTest::newRow("zone on full form") << u"1:2:3:4:5:6:7:8%1"_s << 6;
    QTest::newRow("zone on unspecified") << u"::%eth0"_s << 6;
    QTest::newRow("empty zone") << u"fe80::1%"_s << 0;
    QTest::newRow("two zones") << u"fe80::1%eth0%1"_s << 0;
    QTest::newRow("zone underscore") << u"fe80::1%a_b"_s << 0;
    QTest::newRow("zone non-ascii") << u"::1%\u0661"_s << 0;
    QTest::newRow("zone without ipv6") << u"1%eth0"_s << 0;
}

void tst_IpAddress::classifiesLikeNetIsIP()
{
    QFETCH(QString, input);
    QFETCH(int, family);

    QCOMPARE(netcore::isIP(input), family);
    QCOMPARE(netcore::isIPv4(input), family == 4);
    QCOMPARE(netcore::isIPv6(input), family == 6);
    // Socket::connectTo()'s fast path for a dotted quad takes the same strings.
    netcore::sys::NativeAddress native;
    QCOMPARE(netcore::sys::toNativeIPv4(input, 80, &native), family == 4);
}

QTEST_APPLESS_MAIN(tst_IpAddress)
#include "tst_ipaddress.moc"
