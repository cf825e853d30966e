// The SIP plugin's pages and tools in the desktop app: the plan editor and the printed plan on a SIP
// case, and the follow-up calendar as a workspace tool (see <pages> and <tools> in plugin.xml).
#include "sip_follow_up_page.hpp"
#include "sip_plan_document.hpp"
#include "sip_plan_page.hpp"

#include "trygg/gui_sdk/gui_plugin_entry.hpp"
#include "trygg/gui_sdk/text.hpp"
#include "trygg/sdk/markup.hpp"

#include <wx/html/htmlwin.h>

namespace trygg::gui {
namespace {

// The labels plugin.xml gives the pages, the tool and the follow-on button, which the shell shows
// through the catalog: listed here so xgettext carries them into it.
[[maybe_unused]] constexpr const char* manifest_labels[] = {N_("SIP-plan"), N_("Utskrift"), N_("SIP-&uppföljning"),
                                                            N_("Starta SIP…")};

// The plan as it will be printed and shared: one copy for the person and one per huvudman, or only
// the person's when consent does not hold.
class PlanDocumentPage final : public wxHtmlWindow, public PluginWindow {
public:
  PlanDocumentPage(wxWindow* parent, PageHost& host, std::int64_t id) : wxHtmlWindow(parent), host_(host), id_(id) { reload(); }

  void reload() override
  {
    try {
      SetPage(utf8(sip::plan_document(host_.services(), id_).html));
    } catch (const std::exception& error) {
      SetPage("<p>" + utf8(sdk::escape_markup(error.what())) + "</p>");
    }
  }

private:
  PageHost& host_;
  std::int64_t id_;
};

class SipGuiPlugin final : public GuiPlugin {
public:
  [[nodiscard]] wxWindow* create_case_page(const std::string& page_id, wxWindow* parent, std::int64_t case_id,
                                           PageHost& host) override
  {
    if (page_id == "plan") {
      return new SipPlanPage(parent, host, case_id);  // wx owns child windows
    }
    if (page_id == "plan-document") {
      return new PlanDocumentPage(parent, host, case_id);
    }
    return nullptr;
  }

  [[nodiscard]] wxWindow* create_tool(const std::string& tool_id, wxWindow* parent, PageHost& host) override
  {
    return tool_id == "follow-ups" ? new SipFollowUpPage(parent, host) : nullptr;
  }
};

}  // namespace
}  // namespace trygg::gui

TRYGG_GUI_PLUGIN(trygg::gui::SipGuiPlugin)
