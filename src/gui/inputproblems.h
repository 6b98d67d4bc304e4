#pragma once

#include <QString>

namespace gui {

// What is wrong with what was typed in a dialog, said in the window's words and saying what
// to type instead (netcore's own messages are Node's, written for script authors). Each
// returns an empty string when the text is fine.

// A port field: a whole number from 0 to 65535. Empty text is the caller's case.
QString portProblem(const QString &text);
// A host field: a name or an IP address, nothing around it (no URL, path, port or spaces).
QString hostProblem(const QString &host);

} // namespace gui
