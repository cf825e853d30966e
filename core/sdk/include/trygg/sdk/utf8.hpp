#pragma once
// Text is UTF-8 in every face (JSON, HTML, wx's windows): bytes that are not are found here, and a
// message that quotes a broken file shows U+FFFD in their place instead of nothing at all. (3.4)

#include "trygg/sdk/visibility.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace trygg::sdk {

// The offset of the first byte that does not begin or continue a valid UTF-8 sequence (overlong forms,
// surrogates and code points past U+10FFFF included), or nothing when the text is valid.
[[nodiscard]] TRYGG_SDK_API std::optional<std::size_t> invalid_utf8_at(std::string_view text);

// The text with each byte that is not valid UTF-8 replaced by U+FFFD.
[[nodiscard]] TRYGG_SDK_API std::string valid_utf8(std::string_view text);

}  // namespace trygg::sdk
