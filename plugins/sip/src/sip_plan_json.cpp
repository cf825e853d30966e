#include "sip_plan_json.hpp"

#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <set>
#include <utility>

namespace trygg::sip {
namespace {

using sdk::tr;
using sdk::trf;

using nlohmann::json;

constexpr std::array<std::pair<std::string_view, const char*>, 4> participant_kinds{{
    {"person", N_("Den enskilde")},
    {"relative", N_("Närstående")},
    {"huvudman", N_("Huvudmannens företrädare")},
    {"other", N_("Övrig")},
}};

json time_json(const std::optional<std::chrono::sys_seconds>& at)
{
  return at ? json(sdk::to_iso_utc(*at)) : json(nullptr);
}

// Reads fields of one JSON object, naming the path of whatever is wrong.
class Reader {
public:
  Reader(const json& object, std::string path) : object_(object), path_(std::move(path))
  {
    if (!object_.is_object()) {
      throw SipPlanError(trf("{}: ska vara ett objekt", where()));
    }
  }

  [[nodiscard]] std::string text(const char* key) const
  {
    const auto* value = find(key);
    if (value == nullptr || value->is_null()) {
      return {};
    }
    if (!value->is_string()) {
      throw SipPlanError(trf("{}: ska vara text", where(key)));
    }
    return value->get<std::string>();
  }

  [[nodiscard]] bool flag(const char* key) const
  {
    const auto* value = find(key);
    if (value == nullptr || value->is_null()) {
      return false;
    }
    if (!value->is_boolean()) {
      throw SipPlanError(trf("{}: ska vara true eller false", where(key)));
    }
    return value->get<bool>();
  }

  [[nodiscard]] std::optional<std::chrono::sys_seconds> time(const char* key) const
  {
    const std::string value = text(key);
    if (value.empty()) {
      return std::nullopt;
    }
    const auto at = sdk::parse_swedish_time(value);
    if (!at) {
      throw SipPlanError(trf("{}: \"{}\" är ingen tidpunkt (skriv t.ex. 2026-12-01 eller 2026-12-01 10:00)", where(key), value));
    }
    return at;
  }

  // Each element of an array field, read by `each(reader, index)`.
  template <class Each>
  void list(const char* key, Each each) const
  {
    const auto* value = find(key);
    if (value == nullptr || value->is_null()) {
      return;
    }
    if (!value->is_array()) {
      throw SipPlanError(trf("{}: ska vara en lista", where(key)));
    }
    for (std::size_t index = 0; index < value->size(); ++index) {
      each((*value)[index], path_ + key + "[" + std::to_string(index) + "]");
    }
  }

  [[nodiscard]] Reader object(const char* key) const
  {
    static const json empty = json::object();
    const auto* value = find(key);
    return {value == nullptr || value->is_null() ? empty : *value, path_ + key + "."};
  }

  // A field the plan does not have is a mistake (a misspelled key would otherwise erase what it meant
  // to set): named, and nothing is saved.
  void no_other_fields() const
  {
    for (const auto& [key, value] : object_.items()) {
      if (seen_.count(key) == 0) {
        throw SipPlanError(trf("{}: okänt fält; stavfel?", path_ + key));
      }
    }
  }

private:
  [[nodiscard]] const json* find(const char* key) const
  {
    seen_.insert(key);
    const auto found = object_.find(key);
    return found == object_.end() ? nullptr : &*found;
  }
  [[nodiscard]] std::string where(const char* key = "") const
  {
    std::string path = path_ + key;
    if (!path.empty() && path.back() == '.') {
      path.pop_back();
    }
    return path.empty() ? tr("planen") : path;
  }

  const json& object_;
  std::string path_;
  mutable std::set<std::string> seen_;  // the fields read, for no_other_fields()
};

json to_document(const SipPlan& plan)
{
  const auto& consent = plan.consent;
  json document = {
      {"consent",
       {{"given_at", time_json(consent.given_at)},
        {"given_by", consent.given_by},
        {"form", consent.form},
        {"scope", consent.scope},
        {"excludes", consent.excludes},
        {"valid_until", time_json(consent.valid_until)},
        {"revoked_at", time_json(consent.revoked_at)}}},
      {"participants", json::array()},
      {"goals", plan.goals},
      {"needs", plan.needs},
      {"interventions", json::array()},
      {"other_measures", json::array()},
      {"no_other_measures", plan.no_other_measures},
      {"huvudansvar", plan.huvudansvar},
      {"planning_lead", plan.planning_lead},
      {"follow_up_at", time_json(plan.follow_up_at)},
      {"follow_up_how", plan.follow_up_how},
      {"closed_at", time_json(plan.closed_at)},
      {"closing_note", plan.closing_note}};
  for (const auto& participant : plan.participants) {
    document["participants"].push_back({{"kind", participant.kind},
                                        {"name", participant.name},
                                        {"role", participant.role},
                                        {"huvudman", participant.huvudman},
                                        {"unit", participant.unit}});
  }
  for (const auto& intervention : plan.interventions) {
    document["interventions"].push_back({{"what", intervention.what},
                                         {"huvudman", intervention.huvudman},
                                         {"unit", intervention.unit},
                                         {"start", time_json(intervention.start)},
                                         {"follow_up", time_json(intervention.follow_up)}});
  }
  for (const auto& measure : plan.other_measures) {
    document["other_measures"].push_back({{"actor", measure.actor}, {"what", measure.what}});
  }
  return document;
}

}  // namespace

std::string sip_plan_to_json(const SipPlan& plan, int indent)
{
  return to_document(plan).dump(indent);
}

SipPlan sip_plan_from_json(std::string_view text)
{
  const json document = json::parse(text.begin(), text.end(), nullptr, false);
  if (document.is_discarded()) {
    throw SipPlanError(tr("Planen är inte giltig JSON"));
  }
  const Reader root(document, "");
  SipPlan plan;
  const Reader consent = root.object("consent");
  plan.consent = {consent.time("given_at"), consent.text("given_by"), consent.text("form"), consent.text("scope"),
                  consent.text("excludes"), consent.time("valid_until"), consent.time("revoked_at")};
  consent.no_other_fields();
  root.list("participants", [&](const json& element, const std::string& path) {
    const Reader participant(element, path + ".");
    const std::string kind = participant.text("kind");
    if (!is_participant_kind(kind)) {
      throw SipPlanError(trf("{}.kind: \"{}\" ska vara person, relative, huvudman eller other", path, kind));
    }
    plan.participants.push_back({kind, participant.text("name"), participant.text("role"), participant.text("huvudman"),
                                 participant.text("unit")});
    participant.no_other_fields();
  });
  plan.goals = root.text("goals");
  root.list("needs", [&](const json& element, const std::string& path) {
    if (!element.is_string()) {
      throw SipPlanError(trf("{}: ska vara text", path));
    }
    plan.needs.push_back(element.get<std::string>());
  });
  root.list("interventions", [&](const json& element, const std::string& path) {
    const Reader intervention(element, path + ".");
    plan.interventions.push_back({intervention.text("what"), intervention.text("huvudman"), intervention.text("unit"),
                                  intervention.time("start"), intervention.time("follow_up")});
    intervention.no_other_fields();
  });
  root.list("other_measures", [&](const json& element, const std::string& path) {
    const Reader measure(element, path + ".");
    plan.other_measures.push_back({measure.text("actor"), measure.text("what")});
    measure.no_other_fields();
  });
  plan.no_other_measures = root.flag("no_other_measures");
  plan.huvudansvar = root.text("huvudansvar");
  plan.planning_lead = root.text("planning_lead");
  plan.follow_up_at = root.time("follow_up_at");
  plan.follow_up_how = root.text("follow_up_how");
  plan.closed_at = root.time("closed_at");
  plan.closing_note = root.text("closing_note");
  root.no_other_fields();
  return plan;
}

std::string sip_field_label(std::string_view pointer)
{
  static const auto names = std::to_array<std::pair<std::string_view, const char*>>({
      {"consent", N_("Samtycke")},
      {"given_at", N_("givet")},
      {"given_by", N_("givet av")},
      {"form", N_("form")},
      {"scope", N_("omfattning")},
      {"excludes", N_("omfattar inte")},
      {"valid_until", N_("gäller till")},
      {"revoked_at", N_("återkallat")},
      {"participants", N_("Deltagare")},
      {"kind", N_("slag")},
      {"name", N_("namn")},
      {"role", N_("roll")},
      {"huvudman", N_("huvudman")},
      {"unit", N_("enhet")},
      {"goals", N_("Mål med egna ord")},
      {"needs", N_("Behov")},
      {"interventions", N_("Insats")},
      {"what", N_("vad")},
      {"start", N_("start")},
      {"follow_up", N_("uppföljning")},
      {"other_measures", N_("Andras åtgärder")},
      {"actor", N_("aktör")},
      {"no_other_measures", N_("Inga åtgärder av andra")},
      {"huvudansvar", N_("Huvudansvar")},
      {"planning_lead", N_("Planeringsansvarig")},
      {"follow_up_at", N_("Uppföljning")},
      {"follow_up_how", N_("Uppföljning, hur")},
      {"closed_at", N_("Avslutad")},
      {"closing_note", N_("Avslutning")},
  });
  std::string label;
  std::size_t start = 1;
  while (start <= pointer.size()) {
    const auto end = std::min(pointer.find('/', start), pointer.size());
    const auto part = pointer.substr(start, end - start);
    start = end + 1;
    if (!part.empty() && part.find_first_not_of("0123456789") == std::string_view::npos) {
      label += " " + std::to_string(std::stoi(std::string(part)) + 1);  // people count from 1
      continue;
    }
    std::string word(part);
    for (const auto& [key, name] : names) {
      if (key == part) {
        word = tr(name);
      }
    }
    label += (label.empty() ? "" : label.back() >= '0' && label.back() <= '9' ? ": " : ", ") + word;
  }
  return label;
}

std::optional<SipPlan> plan_of(const sdk::CaseSnapshot& snapshot)
{
  const auto document = snapshot.record(plan_record);
  return document ? std::optional<SipPlan>(sip_plan_from_json(*document)) : std::nullopt;
}

sdk::Changes plan_changes(std::int64_t case_id, const SipPlan& plan)
{
  sdk::Changes changes(case_id);
  changes.put_record(plan_record, sip_plan_to_json(plan), plan.closed_at ? std::nullopt : plan.follow_up_at);
  return changes;
}

bool is_participant_kind(std::string_view kind)
{
  for (const auto& [key, name] : participant_kinds) {
    if (key == kind) {
      return true;
    }
  }
  return false;
}

std::string participant_kind_label(std::string_view kind)
{
  for (const auto& [key, name] : participant_kinds) {
    if (key == kind) {
      return tr(name);
    }
  }
  return std::string(kind);
}

}  // namespace trygg::sip
