#pragma once

#include "trygg/sdk/visibility.hpp"

#include <filesystem>
#include <string>

namespace trygg::sdk {

// Writes `text` to `file` so that `file` is never half written (an export, a printout, a policy): to
// FILE.partial, flushed to disk, then renamed over it. A failure (a full disk, a file too large, no
// such folder) leaves `file` as it was and no partial file behind, and throws std::runtime_error
// naming the file. (3.2: the host's own, for plugins' exports too.)
TRYGG_SDK_API void write_file_atomically(const std::filesystem::path& file, const std::string& text);

}  // namespace trygg::sdk
