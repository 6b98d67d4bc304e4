#pragma once

#include <QJsonObject>

namespace session {

// A listener, client or relay as its workspace file had it, so that saving the workspace again
// keeps what the window could not use (a port out of range, an unknown encoding, a framing that
// does not parse, a setting of a newer version): Workspace::fromJson fills it in, and
// Workspace::toJson writes each field that is still as it was read the way the file wrote it.
// A field changed since (an edit in the window) is saved as it is now. Empty for an entry made
// in the window.
struct SavedEntry
{
    QJsonObject written; // the entry in the file
    QJsonObject read;    // the entry as it would have been saved right after it was read

    friend bool operator==(const SavedEntry &, const SavedEntry &) = default;
};

} // namespace session
