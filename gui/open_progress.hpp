#pragma once

#include "trygg/workspace.hpp"

#include <wx/progdlg.h>

#include <memory>

namespace trygg::gui {

// Progress for long work while a database opens (deadlines derived again after a plugin update):
// a dialog appears only when there is much to do, and goes when the returned function is dropped.
inline Workspace::Progress open_progress(wxWindow* parent)
{
  auto dialog = std::make_shared<std::unique_ptr<wxProgressDialog>>();
  return [dialog, parent](const std::string& what, std::int64_t done, std::int64_t total) {
    constexpr std::int64_t worth_showing = 2000;
    if (total < worth_showing) {
      return;
    }
    if (!*dialog) {
      *dialog = std::make_unique<wxProgressDialog>(wxString::FromUTF8("Trygg"), wxString::FromUTF8(what), 1000, parent,
                                                   wxPD_APP_MODAL | wxPD_AUTO_HIDE | wxPD_ELAPSED_TIME | wxPD_REMAINING_TIME);
    }
    (*dialog)->Update(static_cast<int>(1000 * done / total));
  };
}

}  // namespace trygg::gui
