#pragma once
// Text is stored as UTF-8 and read back by every face (JSON, HTML, the screen): bytes that are not UTF-8
// are refused at the door rather than stored and garbled later.

#include <cstddef>
#include <optional>
#include <string_view>

namespace trygg {

// The offset of the first byte that does not begin or continue a valid UTF-8 sequence (overlong forms,
// surrogates and code points past U+10FFFF included), or nothing when the text is valid.
[[nodiscard]] std::optional<std::size_t> invalid_utf8_at(std::string_view text);

// Throws a validation StorageError naming `what` and the byte when `text` is not valid UTF-8.
void require_utf8(std::string_view text, std::string_view what);

}  // namespace trygg
