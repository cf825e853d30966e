#pragma once
// The embedded database, its backups, exports and the settings hold personal data or say where it is:
// what Trygg creates for them is its owner's alone (folders 0700, files 0600), whatever the umask.

#include <filesystem>

namespace trygg {

// Makes `folder` and every missing folder above it, each new one 0700. Folders that exist keep their mode
// (a folder someone chose, such as a shared backup folder, is theirs to decide). Throws on failure.
void create_private_folders(const std::filesystem::path& folder);
// Creates `file` empty and 0600 unless it exists; an existing file is left as it is.
void create_private_file(const std::filesystem::path& file);
// Trygg's own folders (its data and settings under the home folder): made 0700, and the files in them
// 0600, even when an older Trygg left them readable by others. Nothing thrown; a file it cannot change
// (not the owner's) is left.
void keep_private(const std::filesystem::path& folder);

}  // namespace trygg
