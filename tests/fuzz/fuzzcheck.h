#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <QByteArray>
#include <QString>

// What every fuzz target shares: a check that stops the run (libFuzzer keeps the input as a
// crash artifact; the replay driver exits non-zero) and a reader that cuts the input into the
// pieces a target needs.

namespace fuzz {

[[noreturn]] inline void fail(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: check failed: %s\n", file, line, condition);
    std::abort();
}

// Shows the two sides of a failed comparison before stopping.
[[noreturn]] inline void failEqual(const char *condition, const QString &actual,
                                   const QString &expected, const char *file, int line)
{
    std::fprintf(stderr, "actual:   %s\nexpected: %s\n", qPrintable(actual), qPrintable(expected));
    fail(condition, file, line);
}

inline QString shown(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c.unicode() >= 0x20 && c.unicode() < 0x7F)
            out += c;
        else
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return out;
}

inline QString shown(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' '));
}

// Reads an input front to back; past the end it gives zeros and empty pieces, so a target
// never has to check sizes.
class Input
{
public:
    Input(const uint8_t *data, size_t size)
        : m_data(reinterpret_cast<const char *>(data))
        , m_size(qsizetype(size))
    { }

    bool atEnd() const { return m_offset >= m_size; }
    uint8_t byte() { return atEnd() ? 0 : uint8_t(m_data[m_offset++]); }
    QByteArray bytes(qsizetype count)
    {
        count = qMin(count, m_size - m_offset);
        QByteArray out(m_data + m_offset, count);
        m_offset += count;
        return out;
    }
    QByteArray rest() { return bytes(m_size - m_offset); }

private:
    const char *m_data;
    qsizetype m_size;
    qsizetype m_offset = 0;
};

// The rest of an input as UTF-16 code units, two bytes each (lone surrogates included).
inline QString utf16Units(const QByteArray &bytes)
{
    QString text(bytes.size() / 2, Qt::Uninitialized);
    std::memcpy(text.data(), bytes.constData(), size_t(text.size()) * 2);
    return text;
}

} // namespace fuzz

#define FUZZ_CHECK(condition) ((condition) ? void(0) : fuzz::fail(#condition, __FILE__, __LINE__))

#define FUZZ_CHECK_EQUAL(actual, expected) \
    (((actual) == (expected)) ? void(0) \
                              : fuzz::failEqual(#actual " == " #expected, fuzz::shown(actual), \
                                                fuzz::shown(expected), __FILE__, __LINE__))
