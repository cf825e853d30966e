#include "discharge_timeline.hpp"

#include "discharge_rules.hpp"
#include "trygg/sdk/markup.hpp"
#include "trygg/sdk/swedish_time.hpp"

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
  std::string html = "<html><body><h3>Händelser</h3><table cellpadding=4 cellspacing=0 border=1>"
                     "<tr bgcolor=\"#e8eef3\"><th>Tid</th><th>Händelse</th></tr>";
  for (const auto& item : snapshot.events()) {
    html += "<tr><td>" + format_time(item.at) + "</td><td>" + sdk::escape_markup(snapshot.event_label(item.kind)) + "</td></tr>";
  }
  if (snapshot.events().empty()) {
    html += "<tr><td colspan=2><i>Inga händelser ännu. Registrera inskrivningen först.</i></td></tr>";
  }
  html += "</table><h3>Lagens tidsfrister</h3><table cellpadding=4 cellspacing=0 border=1>"
          "<tr bgcolor=\"#e8eef3\"><th>Frist</th><th>Senast</th><th>Klar</th><th>Läge</th></tr>";
  for (const auto& deadline : legal_deadlines(snapshot)) {
    const char* colour = "#ffffff";
    const char* state = "Kommande";
    if (deadline.done) {
      const bool in_time = *deadline.done <= deadline.due;
      colour = in_time ? "#c8e6c9" : "#ffe0b2";
      state = in_time ? "Klar i tid" : "Klar för sent";
    } else if (snapshot.now() > deadline.due) {
      colour = "#ffcdd2";
      state = "Försenad";
    }
    html += std::string("<tr bgcolor=\"") + colour + "\"><td>" + sdk::escape_markup(deadline.label) + "<br><font size=-1>" +
            sdk::escape_markup(deadline.source) + "</font></td><td>" + sdk::format_swedish_deadline(deadline.due) + "</td><td>" +
            (deadline.done ? format_time(*deadline.done) : "–") + "</td><td><b>" + state + "</b></td></tr>";
  }
  return html + "</table></body></html>";
}

}  // namespace trygg::discharge
