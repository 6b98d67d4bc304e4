#pragma once

// How a terminal shows the text a test read from netbench, measured by the C library (an
// oracle the program does not use). wcswidth() needs an UTF-8 LC_CTYPE: set it first.

#include <QRegularExpression>
#include <QString>

#include <cwchar>
#include <string>

namespace terminaltext {

// The columns a terminal gives line; -1 for a character without a width.
inline int columnsOf(const QString &line)
{
    const std::wstring wide = line.toStdWString();
    return ::wcswidth(wide.c_str(), wide.size());
}

// The text with every line break and space taken out: what wrapping may not change.
inline QString withoutSpaces(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

} // namespace terminaltext
