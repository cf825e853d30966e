// Storhelg staffing for discharges: staffing routines as data (schemas/staffing-routine.xsd), the
// storhelg blocks, the planner that places planned discharges against a routine, and the commands
// `trygg-cli holidays` and `trygg-cli holiday-plan`. The planning board is in gui/.
#include "holiday_commands.hpp"
#include "routine_commands.hpp"
#include "routine_book.hpp"
#include "staffing_routine.hpp"
#include "storhelg.hpp"

#include "trygg/sdk/changes.hpp"
#include "trygg/sdk/clock.hpp"
#include "trygg/sdk/swedish_time.hpp"

#include "trygg/sdk/plugin_entry.hpp"

#include <optional>

namespace trygg::holiday {

class HolidayStaffingPlugin final : public sdk::Plugin_3_8 {
public:
  // Reads every routine at start, so a routine that breaks its rules, or two decided versions of one
  // area in force the same day, reject the plugin with the reason and both files.
  void start() override
  {
    book_ = read_routine_book(host().data_files("staffing-routine.xsd"));
  }

  // Above the case list of the municipalities a routine governs: it ends within 60 days with no decided
  // version after it, or has ended, so nobody plans a discharge against hours that no longer hold.
  std::vector<sdk::Notice> notices() const override
  {
    std::vector<sdk::Notice> notices;
    if (!book_) {
      return notices;
    }
    for (const auto& expiry : book_->expiries_to_tell(sdk::swedish_today())) {
      sdk::Notice notice{expiry.text(), {}, expiry.ended()};
      for (const auto& [municipality, schedule] : expiry.last->municipalities) {
        notice.municipalities.push_back(municipality);
      }
      notices.push_back(std::move(notice));
    }
    return notices;
  }

  // A storhelg ahead, whichever day the demo is made: the coordinator's planning case for the next
  // storhelg that has not begun, its checklist's deadlines counted back from the first day.
  int seed_demo(const std::vector<sdk::CaseRow>& demo_cases) const override
  {
    const auto today = std::chrono::sys_days{sdk::swedish_today()};
    std::optional<StorhelgBlock> next;
    for (const int year : {static_cast<int>(std::chrono::year_month_day{today}.year()), static_cast<int>(std::chrono::year_month_day{today}.year()) + 1}) {
      for (auto& block : storhelg_blocks(year)) {
        if (std::chrono::sys_days{block.first} > today && (!next || std::chrono::sys_days{block.first} < std::chrono::sys_days{next->first})) {
          next = std::move(block);
        }
      }
    }
    if (!next) {
      return 0;
    }
    const std::string municipality = demo_cases.empty() ? std::string("Eskilstuna") : demo_cases.front().municipality;
    auto& services = host();
    const auto id = services.open_case("storhelg", next->name + " " + sdk::to_iso_date(next->first) + " – " + sdk::to_iso_date(next->last),
                                       "", "", municipality);
    const auto day_after = std::chrono::year_month_day{std::chrono::sys_days{next->last} + std::chrono::days{1}};
    services.commit(sdk::Changes(id)
                        .add_event("block-starts", sdk::swedish_instant(next->first, 0))
                        .add_event("block-ends", sdk::swedish_instant(day_after, 0)));
    return 1;
  }

  int run_command(const std::string& name, const std::vector<std::string>& arguments, sdk::CommandIo& io) const override
  {
    if (name == "holidays") {
      return run_holidays_command(arguments, io);
    }
    if (name == "holiday-routine-new") {
      return run_routine_new_command(host(), arguments, io);
    }
    if (name == "holiday-routine-compare") {
      return run_routine_compare_command(host(), arguments, io);
    }
    if (name == "holiday-routine-document") {
      return run_routine_document_command(host(), arguments, io);
    }
    if (name == "holiday-gaps") {
      return run_gaps_command(host(), arguments, io);
    }
    if (name == "holiday-routines") {
      return run_routines_command(host(), arguments, io);
    }
    if (name == "holiday-plan") {
      return run_holiday_plan_command(host(), arguments, io);
    }
    throw sdk::PluginError("okänt kommando " + name);
  }

private:
  std::optional<RoutineBook> book_;
};

}  // namespace trygg::holiday

TRYGG_PLUGIN(trygg::holiday::HolidayStaffingPlugin)
