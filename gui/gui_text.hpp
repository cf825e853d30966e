#pragma once
// Source strings are Swedish in UTF-8. wx's _() would convert them through the C locale, which
// turns "Hjälp" into an empty string when the process runs without a UTF-8 locale (as under CI);
// tr() always reads them as UTF-8 before looking up a translation.

#include <wx/intl.h>
#include <wx/string.h>

#include <string>

namespace trygg::gui {

inline wxString tr(const char* swedish)
{
  return wxGetTranslation(wxString::FromUTF8(swedish));
}

inline wxString utf8(const std::string& text)
{
  return wxString::FromUTF8(text);
}

}  // namespace trygg::gui
