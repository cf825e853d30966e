#pragma once
// Storhelger ("major holidays", not a legal term): the runs of consecutive non-working days around
// Christmas, New Year, Epiphany, Easter, Ascension, National Day/Pentecost and Midsummer, when
// hospitals, primary care and municipalities must agree which days they staff for discharges.

#include <chrono>
#include <set>
#include <string>
#include <vector>

namespace trygg::holiday {

struct StorhelgBlock {
  std::string id;    // "jul", "nyar", "trettondagen", "pask", "kristi-himmelsfard", "nationaldagen", "midsommar"
  std::string name;  // Swedish
  std::chrono::year_month_day first;
  std::chrono::year_month_day last;  // inclusive

  [[nodiscard]] bool contains(std::chrono::year_month_day day) const { return first <= day && day <= last; }
  [[nodiscard]] int length() const;
};

// Every storhelg id, in the order of the year.
[[nodiscard]] const std::vector<std::string>& storhelg_ids();

// The storhelg blocks that start in `year` (the Christmas and New Year blocks of `year` included;
// the Epiphany block is the one in January of `year`), limited to `which` (empty: all).
[[nodiscard]] std::vector<StorhelgBlock> storhelg_blocks(int year, const std::set<std::string>& which = {});

// Every storhelg block with a day from `first` to `last`, in the order of the days (the New Year block
// that began in the year before `first` included).
[[nodiscard]] std::vector<StorhelgBlock> storhelg_blocks_between(std::chrono::year_month_day first, std::chrono::year_month_day last);

}  // namespace trygg::holiday
