#include "trygg/assessment_record.hpp"

#include "trygg/i18n.hpp"

#include <nlohmann/json.hpp>

namespace trygg {

std::vector<Assessment> assessments_from_json(const std::string& json)
{
  std::vector<Assessment> result;
  const auto document = nlohmann::json::parse(json, nullptr, false);
  if (document.is_discarded() || !document.is_object() || !document.contains("assessments") || !document["assessments"].is_array()) {
    return result;
  }
  for (const auto& entry : document["assessments"]) {
    if (!entry.is_object()) {
      continue;
    }
    const auto at = from_iso_utc(entry.value("at", ""));
    if (!at) {
      continue;  // an entry without a readable time cannot be placed on the timeline
    }
    Assessment assessment{*at, {}, entry.value("score", 0), entry.value("band", ""), entry.value("risk", std::int64_t{0})};
    if (entry.contains("answers") && entry["answers"].is_object()) {
      for (const auto& [key, values] : entry["answers"].items()) {
        auto& chosen = assessment.answers[key];
        if (values.is_array()) {
          for (const auto& value : values) {
            if (value.is_string()) {
              chosen.push_back(value.get<std::string>());
            }
          }
        }
      }
    }
    result.push_back(std::move(assessment));
  }
  return result;
}

std::string assessments_json(const std::vector<Assessment>& assessments)
{
  nlohmann::json list = nlohmann::json::array();
  for (const auto& assessment : assessments) {
    nlohmann::json answers = nlohmann::json::object();
    for (const auto& [key, chosen] : assessment.answers) {
      answers[key] = chosen;
    }
    list.push_back({{"at", to_iso_utc(assessment.at)},
                    {"score", assessment.score},
                    {"band", assessment.band},
                    {"risk", assessment.risk},
                    {"answers", answers}});
  }
  return nlohmann::json{{"assessments", list}}.dump();
}

std::string assessment_field_label(const ScoredInstrument& instrument, const std::string& pointer)
{
  // /assessments/N/score, /assessments/N/answers/KEY/M, …
  constexpr std::string_view prefix = "/assessments/";
  if (pointer.rfind(prefix, 0) != 0) {
    return instrument.title + ": " + pointer;
  }
  const auto rest = pointer.substr(prefix.size());
  const auto slash = rest.find('/');
  const std::string number = rest.substr(0, slash);
  if (number.empty() || number.size() > 6 || number.find_first_not_of("0123456789") != std::string::npos) {
    return instrument.title + ": " + pointer;
  }
  std::string label = trf("{}: bedömning {}", instrument.title, std::stoi(number) + 1);
  if (slash == std::string::npos) {
    return label;
  }
  const auto field = rest.substr(slash + 1);
  if (field == "score") {
    return label + ": " + tr("poäng");
  }
  if (field == "band") {
    return label + ": " + tr("nivå");
  }
  if (field == "at") {
    return label + ": " + tr("tid");
  }
  if (field == "risk") {
    return label + ": " + tr("risk i riskanalysen");
  }
  if (field.rfind("answers/", 0) == 0) {
    const auto key = field.substr(8, field.find('/', 8) == std::string::npos ? std::string::npos : field.find('/', 8) - 8);
    const auto* item = instrument.item(key);
    return label + ": " + (item != nullptr ? item->label : key);
  }
  return label + ": " + field;
}

}  // namespace trygg
