#include "storhelg.hpp"

#include <algorithm>

#include "trygg/sdk/swedish_calendar.hpp"

namespace trygg::holiday {
namespace {

using namespace std::chrono;

year_month_day shifted(year_month_day day, int by)
{
  return year_month_day{sys_days{day} + days{by}};
}

// The run of consecutive non-working days around an anchor day.
StorhelgBlock run_around(const char* id, const char* name, year_month_day anchor)
{
  year_month_day first = anchor;
  year_month_day last = anchor;
  while (!sdk::is_working_day(shifted(first, -1))) {
    first = shifted(first, -1);
  }
  while (!sdk::is_working_day(shifted(last, 1))) {
    last = shifted(last, 1);
  }
  return {id, name, first, last};
}

}  // namespace

int StorhelgBlock::length() const
{
  return static_cast<int>((sys_days{last} - sys_days{first}).count()) + 1;
}

const std::vector<std::string>& storhelg_ids()
{
  static const std::vector<std::string> ids{"trettondagen", "pask", "kristi-himmelsfard", "nationaldagen",
                                            "midsommar", "jul", "nyar"};
  return ids;
}

std::vector<StorhelgBlock> storhelg_blocks(int y, const std::set<std::string>& which)
{
  const auto on = [y](unsigned m, unsigned d) { return year_month_day{year{y}, month{m}, day{d}}; };
  const auto easter = sdk::easter_sunday(y);
  year_month_day midsummer_eve = on(6, 19);
  for (const auto& day : sdk::swedish_holidays(y)) {
    if (day.name == "Midsommarafton") {
      midsummer_eve = day.date;
    }
  }
  std::vector<StorhelgBlock> all{
      run_around("trettondagen", "Trettondagshelgen", on(1, 6)),
      run_around("pask", "Påskhelgen", easter),
      run_around("kristi-himmelsfard", "Kristi himmelsfärd", shifted(easter, 39)),
      // From 2005 National Day is the holiday of early June; before, Whit Monday was.
      y >= 2005 ? run_around("nationaldagen", "Nationaldagen", on(6, 6))
                : run_around("nationaldagen", "Pingsthelgen", shifted(easter, 50)),
      run_around("midsommar", "Midsommarhelgen", midsummer_eve),
      run_around("jul", "Julhelgen", on(12, 24)),
      run_around("nyar", "Nyårshelgen", on(12, 31)),
  };
  std::vector<StorhelgBlock> chosen;
  for (auto& block : all) {
    if (which.empty() || which.count(block.id) > 0) {
      chosen.push_back(std::move(block));
    }
  }
  return chosen;
}

std::vector<StorhelgBlock> storhelg_blocks_between(year_month_day first, year_month_day last)
{
  std::vector<StorhelgBlock> found;
  for (int y = static_cast<int>(first.year()) - 1; y <= static_cast<int>(last.year()); ++y) {
    for (auto& block : storhelg_blocks(y)) {
      if (block.last >= first && block.first <= last) {
        found.push_back(std::move(block));
      }
    }
  }
  std::sort(found.begin(), found.end(), [](const StorhelgBlock& a, const StorhelgBlock& b) { return a.first < b.first; });
  return found;
}

}  // namespace trygg::holiday
