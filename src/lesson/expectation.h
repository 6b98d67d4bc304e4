#pragma once

#include "lesson.h"

#include <optional>

namespace lesson {

// Parses "ROLE NAME [KEY<op>VALUE ...]" (the text after "notice:"); std::nullopt with *error
// set when a name or key is unknown or a field test is malformed.
std::optional<Expectation> parseExpectation(const QString &text, QString *error);

// Every event and call name an expectation may name, and the field keys they carry.
const QStringList &knownNames();
const QStringList &knownKeys();

} // namespace lesson
