#pragma once

#include "gui_text.hpp"

#include <wx/html/htmprint.h>

#include <memory>
#include <string>

namespace trygg::gui {

// wx's print preview of a self-contained HTML page, with page numbers in the footer; printing to a
// PDF goes through its print dialog. `printing` belongs to the caller because the preview window
// outlives this call.
inline void preview_html(std::unique_ptr<wxHtmlEasyPrinting>& printing, wxWindow& owner, const wxString& name,
                         const std::string& html)
{
  printing = std::make_unique<wxHtmlEasyPrinting>(name, wxGetTopLevelParent(&owner));
  printing->SetFooter(tr("Sida @PAGENUM@ av @PAGESCNT@"));
  printing->PreviewText(utf8(html));
}

}  // namespace trygg::gui
