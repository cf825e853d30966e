#include "utf8_text.hpp"

#include "trygg/i18n.hpp"
#include "trygg/storage_error.hpp"

#include <cstdint>

namespace trygg {

std::optional<std::size_t> invalid_utf8_at(std::string_view text)
{
  std::size_t index = 0;
  while (index < text.size()) {
    const auto lead = static_cast<std::uint8_t>(text[index]);
    std::size_t length = 0;
    std::uint32_t code = 0;
    if (lead < 0x80) {
      ++index;
      continue;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
      code = lead & 0x1FU;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      code = lead & 0x0FU;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      code = lead & 0x07U;
    } else {
      return index;  // a continuation byte without a lead, or a lead that only overlong forms use
    }
    if (index + length > text.size()) {
      return index;
    }
    for (std::size_t next = 1; next < length; ++next) {
      const auto byte = static_cast<std::uint8_t>(text[index + next]);
      if ((byte & 0xC0U) != 0x80U) {
        return index;
      }
      code = (code << 6U) | (byte & 0x3FU);
    }
    const bool overlong = (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
    if (overlong || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) {
      return index;
    }
    index += length;
  }
  return std::nullopt;
}

void require_utf8(std::string_view text, std::string_view what)
{
  if (const auto at = invalid_utf8_at(text)) {
    throw StorageError(ErrorKind::validation,
                       trf("{} är inte giltig text (UTF-8): fel vid byte {}. Inget sparades; skriv in texten igen.", what, *at + 1));
  }
}

}  // namespace trygg
