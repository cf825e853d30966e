// The routine as its remiss document: from the file, with each day's hours and the days without a window.
#include "routine_test_support.hpp"
#include "test_support.hpp"

#include "discharge_window.hpp"
#include "routine_document.hpp"
#include "trygg/sdk/markup.hpp"

#include <doctest/doctest.h>

using namespace trygg;
using namespace trygg::holiday;

TEST_CASE("routine document - the Sörmland routine on A4: status, validity, hours per agreed day, each municipality, and the days without a window")
{
  const auto routine = read_staffing_routine(trygg::holiday_test::bundled_routines / "sormland-jul-2026.xml");
  const std::vector<Actor> needed{Actor::ward, Actor::home_health_care, Actor::home_help};
  const auto html = routine_document_html(routine, needed);
  CHECK(html.find("size:A4") != std::string::npos);
  CHECK(html.find("beslutad") != std::string::npos);
  CHECK(html.find("Region Sörmland") != std::string::npos);
  CHECK(html.find("2026-12-01 – 2026-12-31") != std::string::npos);
  CHECK(html.find("2026-12-24 Julafton") != std::string::npos);
  CHECK(html.find("Flen: avvikelser") != std::string::npos);
  CHECK(html.find("Exempel: inte ett beslut.") != std::string::npos);
  // Every closed day of every municipality is in the document, and the count is the one computed.
  int closed = 0;
  int total = 0;
  for (const auto& [name, schedule] : routine.municipalities) {
    for (const auto& day : discharge_windows(routine, name, routine.valid_from, routine.last_day(), needed)) {
      ++total;
      if (!day.open()) {
        ++closed;
        CHECK(html.find(sdk::escape_markup(gap_text(day))) != std::string::npos);
      }
    }
  }
  CHECK(total == 31 * 9);
  CHECK(html.find(std::to_string(closed) + " av " + std::to_string(total) + " dagar") != std::string::npos);
}
