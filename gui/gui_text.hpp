#pragma once
// Source strings are Swedish in UTF-8. wx's _() would convert them through the C locale, which
// turns "Hjälp" into an empty string when the process runs without a UTF-8 locale (as under CI);
// tr() always reads them as UTF-8 before looking up a translation.

#include "trygg/checklist.hpp"
#include "trygg/personal_identity.hpp"
#include "trygg/time.hpp"

#include <wx/intl.h>
#include <wx/string.h>

#include <optional>
#include <string>

namespace trygg::gui {

inline wxString tr(const char* swedish)
{
  return wxGetTranslation(wxString::FromUTF8(swedish));
}

// N_("...") (wx's macro) marks a Swedish literal for the catalog where tr() is applied later.

inline wxString utf8(const std::string& text)
{
  return wxString::FromUTF8(text);
}

// "2026-12-24 14:30" in Swedish local time, or a dash.
inline wxString local_time(const std::optional<Timestamp>& at)
{
  return at ? utf8(format_local(*at)) : wxString::FromUTF8("–");
}

// YYYYMMDD-NNNN from the twelve stored digits.
inline wxString display_identity(const std::string& digits)
{
  return utf8(trygg::display_identity(digits));
}

}  // namespace trygg::gui
