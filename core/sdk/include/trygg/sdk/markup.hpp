#pragma once

#include "trygg/sdk/visibility.hpp"

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

// The line every exported or printed document about a person carries, in the document itself, so a
// copy on a desk or in a mail says what it holds (Patientdatalagen, GDPR): an HTML paragraph, translated.
// (3.5)
TRYGG_SDK_API std::string personal_data_notice_html();

}  // namespace trygg::sdk
