#pragma once
// A plan that meets every requirement, for tests to take one thing away from at a time.

#include "huvudman_list.hpp"
#include "sip_plan_json.hpp"

#include "trygg/sdk/case_snapshot_data.hpp"

#include <chrono>

namespace trygg::sip::test {

inline std::chrono::sys_seconds utc(int month, int day, int hour = 0)
{
  using namespace std::chrono;
  return sys_days{year{2026} / month / day} + hours(hour);
}

// The huvudmän the plugin ships: Region Sörmland and its nine municipalities.
inline const Huvudmen& huvudmen()
{
  static const Huvudmen shipped({read_huvudman_list(std::filesystem::path(TRYGG_SOURCE_DIR) / "plugins/sip/content/huvudman-sormland.xml")});
  return shipped;
}

inline SipPlan complete_plan()
{
  SipPlan plan;
  plan.consent = {utc(11, 2, 9), "Karin Lind", "skriftligt", "Delning mellan region och kommun inom den här SIP:en",
                  "Journaluppgifter om psykisk hälsa", utc(12, 31, 23), std::nullopt};
  plan.participants = {{"person", "Karin Lind", "", "", ""},
                       {"relative", "Olof Lind", "son", "", ""},
                       {"huvudman", "Ann Berg", "distriktssköterska", "Region Sörmland", "Vårdcentralen Fröslunda"},
                       {"huvudman", "Eva Ek", "biståndshandläggare", "Eskilstuna kommun", "Myndighetsenheten"}};
  plan.goals = "Jag vill klara mig hemma och gå till affären själv.";
  plan.needs = {"Hjälp med läkemedel", "Stöd vid dusch"};
  plan.interventions = {{"Läkemedelsgenomgång", "Region Sörmland", "Vårdcentralen Fröslunda", utc(11, 10), utc(12, 10)},
                        {"Hemtjänst morgon och kväll", "Eskilstuna kommun", "Hemtjänst Norr", utc(11, 5), utc(12, 10)}};
  plan.no_other_measures = true;
  plan.huvudansvar = "Eskilstuna kommun";
  plan.planning_lead = "Eva Ek";
  plan.follow_up_at = utc(12, 10, 9);
  plan.follow_up_how = "Möte i hemmet";
  return plan;
}

// A SIP case as the host shows it to the plugin: the plan (if any) as its stored record.
inline sdk::CaseSnapshotData sip_case_data(const std::optional<SipPlan>& plan, std::chrono::sys_seconds now = utc(11, 22, 12))
{
  sdk::CaseSnapshotData data;
  data.id = 7;
  data.process = "sip";
  data.municipality = "Eskilstuna";
  data.now = now;
  if (plan) {
    data.records[plan_record] = sip_plan_to_json(*plan);
  }
  return data;
}

inline sdk::CaseSnapshot sip_case(const std::optional<SipPlan>& plan, std::chrono::sys_seconds now = utc(11, 22, 12))
{
  return sdk::CaseSnapshot(sip_case_data(plan, now));
}

}  // namespace trygg::sip::test
