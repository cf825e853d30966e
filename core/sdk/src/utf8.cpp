#include "trygg/sdk/utf8.hpp"

#include <cstdint>

namespace trygg::sdk {
namespace {

// The length of the valid UTF-8 sequence at `index`, or 0 when the byte there starts none.
std::size_t sequence_at(std::string_view text, std::size_t index)
{
  const auto lead = static_cast<std::uint8_t>(text[index]);
  std::size_t length = 0;
  std::uint32_t code = 0;
  if (lead < 0x80) {
    return 1;
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
    return 0;  // a continuation byte without a lead, or a lead that only overlong forms use
  }
  if (index + length > text.size()) {
    return 0;
  }
  for (std::size_t next = 1; next < length; ++next) {
    const auto byte = static_cast<std::uint8_t>(text[index + next]);
    if ((byte & 0xC0U) != 0x80U) {
      return 0;
    }
    code = (code << 6U) | (byte & 0x3FU);
  }
  const bool overlong = (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
  return overlong || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF ? 0 : length;
}

}  // namespace

std::optional<std::size_t> invalid_utf8_at(std::string_view text)
{
  for (std::size_t index = 0; index < text.size();) {
    const auto length = sequence_at(text, index);
    if (length == 0) {
      return index;
    }
    index += length;
  }
  return std::nullopt;
}

std::string valid_utf8(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  for (std::size_t index = 0; index < text.size();) {
    const auto length = sequence_at(text, index);
    if (length == 0) {
      out += "\xEF\xBF\xBD";
      ++index;
    } else {
      out.append(text.substr(index, length));
      index += length;
    }
  }
  return out;
}

}  // namespace trygg::sdk
