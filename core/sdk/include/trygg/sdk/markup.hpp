#pragma once

#include <string>
#include <string_view>

namespace trygg::sdk {

// Text made safe for HTML (element text and attribute values) and for XML attributes: what a person
// typed must never become markup, in a plugin's page or in a file Trygg writes.
inline std::string escape_markup(std::string_view text)
{
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace trygg::sdk
