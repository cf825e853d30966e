#include "discharge_timeline.hpp"

#include "trygg/sdk/markup.hpp"
#include "trygg/sdk/palette.hpp"
#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"

#include <utility>

namespace trygg::discharge {
namespace {

std::string format_time(std::chrono::sys_seconds at)
{
  return sdk::format_swedish_time(at);
}

}  // namespace

std::string timeline_html(const sdk::CaseSnapshot& snapshot)
{
  const auto e = [](const char* text) { return sdk::escape_markup(sdk::tr(text)); };
  std::string html = "<html><body><h3>" + e("Händelser") + "</h3><table cellpadding=4 cellspacing=0 border=1><tr bgcolor=\"" +
                     sdk::palette::header_background.hex() + "\"><th>" + e("Tid") + "</th><th>" + e("Händelse") + "</th></tr>";
  for (const auto& item : snapshot.events()) {
    html += "<tr><td>" + format_time(item.at) + "</td><td>" + sdk::escape_markup(snapshot.event_label(item.kind)) + "</td></tr>";
  }
  if (snapshot.events().empty()) {
    html += "<tr><td colspan=2><i>" + e("Inga händelser ännu. Registrera inskrivningen först.") + "</i></td></tr>";
  }
  html += "</table><h3>" + e("Lagens tidsfrister") + "</h3><table cellpadding=4 cellspacing=0 border=1><tr bgcolor=\"" +
          sdk::palette::header_background.hex() + "\"><th>" + e("Frist") + "</th><th>" + e("Senast") + "</th><th>" + e("Klar") +
          "</th><th>" + e("Läge") + "</th></tr>";
  // The host's deadlines, judged by the host: the same states and colours as the overview and the list.
  for (const auto& [deadline, state] : snapshot.deadlines()) {
    html += "<tr bgcolor=\"" + sdk::state_background(state).hex() + "\"><td>" + sdk::escape_markup(deadline.label) +
            "<br><font size=-1>" + sdk::escape_markup(deadline.source) + "</font></td><td>" +
            sdk::format_swedish_deadline(deadline.due) + "</td><td>" + (deadline.done ? format_time(*deadline.done) : "–") +
            "</td><td><b>" + sdk::escape_markup(sdk::deadline_state_label(state)) + "</b></td></tr>";
  }
  return html + "</table></body></html>";
}

}  // namespace trygg::discharge
