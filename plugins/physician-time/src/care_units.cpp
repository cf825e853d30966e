#include "care_units.hpp"

#include "trygg/sdk/csv.hpp"
#include "trygg/sdk/text.hpp"

#include <charconv>
#include <optional>

namespace trygg::physician {
namespace {

constexpr const char* fixed_columns[] = {"municipality", "unit", "category", "people", "places", "primary_care"};
constexpr std::size_t fixed_count = 6;

}  // namespace

std::optional<int> count_of(const std::string& text)
{
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || value < 0 || value > 1'000'000) {
    return std::nullopt;
  }
  return value;
}

std::vector<CareUnit> read_care_units(const std::filesystem::path& csv)
{
  // The header names the need columns, so it is read first and required.
  const auto all = sdk::read_csv_rows(csv);
  if (all.empty()) {
    throw sdk::ContentError({{csv, 0, {}, sdk::tr("filen har inga rader")}});
  }
  const auto& header = all.front().fields;
  std::vector<sdk::ContentProblem> problems;
  for (std::size_t column = 0; column < fixed_count; ++column) {
    if (header.size() <= column || header[column] != fixed_columns[column]) {
      throw sdk::ContentError({{csv, all.front().line, {}, sdk::tr("första raden ska vara rubriken "
                                                                    "municipality,unit,category,people,places,primary_care[,behov…]")}});
    }
  }
  std::vector<CareUnit> units;
  for (std::size_t index = 1; index < all.size(); ++index) {
    const auto& row = all[index];
    const auto problem = [&](std::string message) { problems.push_back({csv, row.line, {}, std::move(message)}); };
    if (row.fields.size() != header.size()) {
      problem(sdk::trf("{} fält, väntade {} som rubriken", row.fields.size(), header.size()));
      continue;
    }
    CareUnit unit{row.fields[0], row.fields[1], row.fields[2], 0, 0, row.fields[5], {}, row.line};
    if (unit.municipality.empty() || unit.name.empty() || unit.category.empty()) {
      problem(sdk::tr("kommun, enhet och kategori behövs"));
      continue;
    }
    bool good = true;
    const auto read_count = [&](std::size_t column, int& into) {
      // An empty cell is none.
      if (const auto value = row.fields[column].empty() ? std::optional<int>(0) : count_of(row.fields[column])) {
        into = *value;
      } else {
        problem(sdk::trf("{}: \"{}\" är inget antal (0 till 1 000 000)", header[column], row.fields[column]));
        good = false;
      }
    };
    read_count(3, unit.people);
    read_count(4, unit.places);
    for (std::size_t column = fixed_count; column < header.size(); ++column) {
      read_count(column, unit.need[header[column]]);
    }
    if (good) {
      units.push_back(std::move(unit));
    }
  }
  if (!problems.empty()) {
    throw sdk::ContentError(std::move(problems));
  }
  return units;
}

}  // namespace trygg::physician
