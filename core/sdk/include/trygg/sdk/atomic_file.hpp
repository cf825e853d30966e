#pragma once

#include "trygg/sdk/visibility.hpp"

#include <filesystem>
#include <string>

namespace trygg::sdk {

// Writes `text` to `file` so that `file` is never half written (an export, a printout, a policy): to
// FILE.partial, flushed to disk, then renamed over it. A failure (a full disk, a file too large, no
// such folder) leaves `file` as it was and no partial file behind, and throws std::runtime_error
// naming the file. A new file is readable by its owner alone (0600: exports hold personal data); a file
// written over keeps its permissions. (3.2: the host's own, for plugins' exports too; 3.5: 0600.)
TRYGG_SDK_API void write_file_atomically(const std::filesystem::path& file, const std::string& text);

}  // namespace trygg::sdk
