#include "trygg/indicator.hpp"

#include "trygg/i18n.hpp"

#include <fmt/format.h>

namespace trygg {
namespace {

std::string number(const std::optional<double>& value)
{
  return value ? fmt::format("{:.1f}", *value) : "–";
}

std::string percent(double share)
{
  return fmt::format("{:.0f} %", share * 100.0);
}

}  // namespace

std::vector<std::string> indicator_columns(const IndicatorDefinition& definition)
{
  std::vector<std::string> fields{definition.measure == IndicatorDefinition::Measure::days ? tr("episoder") : definition.unit};
  if (definition.measure == IndicatorDefinition::Measure::days) {
    fields.insert(fields.end(), {tr("medel"), tr("median"), tr("90:e percentil")});
    for (const int within : definition.share_within) {
      fields.push_back(within == 0 ? tr("samma dag") : trf("inom {} d", within));
    }
  }
  return fields;
}

std::vector<std::string> indicator_cell_texts(const IndicatorDefinition& definition, const IndicatorCell& cell)
{
  std::vector<std::string> fields{std::to_string(cell.cases)};
  if (definition.measure == IndicatorDefinition::Measure::days) {
    fields.push_back(number(cell.mean));
    fields.push_back(number(cell.median));
    fields.push_back(number(cell.p90));
    for (const auto& [within, share] : cell.shares) {
      fields.push_back(percent(share));
    }
  }
  return fields;
}

std::string indicator_title(const IndicatorDefinition& definition)
{
  return definition.name + (definition.variant.empty() ? "" : " (" + definition.variant + ")");
}

std::optional<double> indicator_figure(const IndicatorDefinition& definition, const IndicatorCell& cell)
{
  if (definition.measure == IndicatorDefinition::Measure::count) {
    return cell.cases;
  }
  return cell.mean;
}

}  // namespace trygg
