#include "screenshot.hpp"
#include "gui_text.hpp"

#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/image.h>
#include <wx/intl.h>

namespace trygg::gui {

std::string save_screenshot(wxWindow& window, const std::filesystem::path& file)
{
  window.Update();
  const wxRect area = window.GetScreenRect();
  if (area.IsEmpty()) {
    return tr("Fönstret syns inte på skärmen").utf8_string();
  }
  wxBitmap bitmap(area.GetSize());
  {
    wxMemoryDC memory(bitmap);
    wxScreenDC screen;
    memory.Blit(0, 0, area.width, area.height, &screen, area.x, area.y);
  }
  wxInitAllImageHandlers();
  if (!bitmap.ConvertToImage().SaveFile(wxString::FromUTF8(file.string()), wxBITMAP_TYPE_PNG)) {
    return wxString::Format(tr("%s kunde inte sparas"), wxString::FromUTF8(file.string())).utf8_string();
  }
  return {};
}

}  // namespace trygg::gui
