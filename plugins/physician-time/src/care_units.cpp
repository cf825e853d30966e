#include "care_units.hpp"

#include "trygg/sdk/content_error.hpp"
#include "trygg/sdk/text.hpp"

#include <nlohmann/json.hpp>

#include <charconv>
#include <optional>
#include <stdexcept>

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
  return care_units_from(sdk::read_csv_rows(csv), csv);
}

std::vector<CareUnit> care_units_from(const std::vector<sdk::CsvRow>& all, const std::filesystem::path& csv)
{
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

std::vector<std::string> care_unit_header(const std::vector<std::string>& needs)
{
  std::vector<std::string> header(std::begin(fixed_columns), std::end(fixed_columns));
  header.insert(header.end(), needs.begin(), needs.end());
  return header;
}

std::vector<std::vector<std::string>> care_unit_rows(const std::vector<CareUnit>& units, const std::vector<std::string>& needs)
{
  std::vector<std::vector<std::string>> rows;
  for (const auto& unit : units) {
    std::vector<std::string> row{unit.municipality, unit.name, unit.category, std::to_string(unit.people), std::to_string(unit.places),
                                 unit.primary_care};
    for (const auto& need : needs) {
      const auto found = unit.need.find(need);
      row.push_back(found == unit.need.end() ? "0" : std::to_string(found->second));
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string care_units_json(const std::vector<CareUnit>& units)
{
  nlohmann::json list = nlohmann::json::array();
  for (const auto& unit : units) {
    list.push_back({{"municipality", unit.municipality},
                    {"unit", unit.name},
                    {"category", unit.category},
                    {"people", unit.people},
                    {"places", unit.places},
                    {"primary_care", unit.primary_care},
                    {"need", unit.need}});
  }
  return nlohmann::json{{"units", list}}.dump();
}

std::vector<CareUnit> care_units_from_json(const std::string& json)
{
  const auto document = nlohmann::json::parse(json, nullptr, false);
  if (document.is_discarded() || !document.is_object() || !document.contains("units") || !document["units"].is_array()) {
    throw std::runtime_error(sdk::tr("de sparade enheterna kunde inte läsas"));
  }
  std::vector<CareUnit> units;
  for (const auto& item : document["units"]) {
    CareUnit unit{item.value("municipality", ""), item.value("unit", ""), item.value("category", ""), item.value("people", 0),
                  item.value("places", 0), item.value("primary_care", ""), {}, 0};
    if (item.contains("need") && item["need"].is_object()) {
      for (const auto& [need, count] : item["need"].items()) {
        unit.need[need] = count.is_number_integer() ? count.get<int>() : 0;
      }
    }
    units.push_back(std::move(unit));
  }
  return units;
}

}  // namespace trygg::physician
