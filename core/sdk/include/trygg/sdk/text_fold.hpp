#pragma once
// Comparing names as Swedish readers do: "åkesson" is "Åkesson", "Andre" is "André", but "a" is not "å"
// (å, ä and ö are letters of their own in Swedish, not accented a and o).

#include <string>
#include <string_view>

namespace trygg::sdk {

// Lower case for ASCII and Latin-1 letters (UTF-8), with the accents Swedish does not treat as
// letters of their own taken off (é → e, ü → u, ø → ö, æ → ä); å, ä and ö stay. Anything else is kept
// byte for byte, so a fold never breaks UTF-8.
[[nodiscard]] inline std::string fold_for_search(std::string_view text)
{
  std::string folded;
  folded.reserve(text.size());
  for (std::size_t at = 0; at < text.size(); ++at) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (byte < 0x80) {
      folded.push_back(byte >= 'A' && byte <= 'Z' ? static_cast<char>(byte + ('a' - 'A')) : static_cast<char>(byte));
      continue;
    }
    const auto next = at + 1 < text.size() ? static_cast<unsigned char>(text[at + 1]) : 0U;
    if (byte != 0xC3 || next < 0x80 || next > 0xBF) {
      folded.push_back(static_cast<char>(byte));  // not a Latin-1 letter: as it is
      continue;
    }
    ++at;
    // U+00C0..U+00FF: the second byte is 0x80..0xBF; upper case letters are 0x80..0x9E.
    unsigned code = 0xC0U + (next - 0x80U);
    if (code >= 0xC0 && code <= 0xDE && code != 0xD7) {
      code += 0x20;  // to lower case
    }
    const char* plain = nullptr;
    switch (code) {
      case 0xE0: case 0xE1: case 0xE2: case 0xE3: plain = "a"; break;  // à á â ã
      case 0xE7: plain = "c"; break;
      case 0xE8: case 0xE9: case 0xEA: case 0xEB: plain = "e"; break;
      case 0xEC: case 0xED: case 0xEE: case 0xEF: plain = "i"; break;
      case 0xF1: plain = "n"; break;
      case 0xF2: case 0xF3: case 0xF4: case 0xF5: plain = "o"; break;
      case 0xF9: case 0xFA: case 0xFB: case 0xFC: plain = "u"; break;
      case 0xFD: case 0xFF: plain = "y"; break;
      case 0xE6: plain = "\xC3\xA4"; break;  // æ → ä
      case 0xF8: plain = "\xC3\xB6"; break;  // ø → ö
      default: break;
    }
    if (plain != nullptr) {
      folded += plain;
    } else {
      folded.push_back(static_cast<char>(0xC3));
      folded.push_back(static_cast<char>(0x80U + (code - 0xC0U)));
    }
  }
  return folded;
}

// A key that sorts names as a Swedish list does, byte by byte: folded as above (case and foreign accents
// do not decide), then å, ä, ö after z and in that order (UTF-8 has ä before å). "Andersson" <
// "Zetterlund" < "Åberg" < "Ärlig" < "Öst". Other letters past Latin-1 follow, in code point order.
[[nodiscard]] inline std::string swedish_sort_key(std::string_view text)
{
  std::string key = fold_for_search(text);
  for (std::size_t at = 0; at + 1 < key.size(); ++at) {
    if (key[at] != '\xC3') {
      continue;
    }
    auto& second = key[at + 1];
    if (second == '\xA5') {
      second = '\xA4';  // å first
    } else if (second == '\xA4') {
      second = '\xA5';  // then ä
    }
    ++at;
  }
  return key;
}

}  // namespace trygg::sdk
