#pragma once
// Text is stored as UTF-8 and read back by every face (JSON, HTML, the screen): bytes that are not UTF-8
// are refused at the door rather than stored and garbled later.

#include "trygg/sdk/utf8.hpp"

#include <string_view>

namespace trygg {

using sdk::invalid_utf8_at;

// Throws a validation StorageError naming `what` and the byte when `text` is not valid UTF-8.
void require_utf8(std::string_view text, std::string_view what);

}  // namespace trygg
