// Every reader of a file a person or a region hands Trygg, fuzzed (issue 17, point 9): the shipped
// files are mutated a bounded number of times per run (TRYGG_FUZZ_RUNS, default 100; TRYGG_FUZZ_SEED
// picks another campaign), and each reader must either read the file or refuse it with a message that
// names the file and is UTF-8, never throw anything else, never take more than 10 s, never read what
// its schema refuses, and never read a value otherwise than the schema does. Inputs that broke a
// reader are kept in tests/fuzz/regressions/<reader>/ and run every time.
#include "reader_fuzz.hpp"

#include "agreement_book.hpp"
#include "care_units.hpp"
#include "delivered_weeks.hpp"
#include "holiday_planner.hpp"
#include "huvudman_list.hpp"
#include "payment_agreement.hpp"
#include "physician_agreement.hpp"
#include "sip_plan_fixture.hpp"
#include "sip_plan_json.hpp"
#include "staffing_routine.hpp"

#include "trygg/content_reader.hpp"
#include "trygg/plugin_policy.hpp"
#include "trygg/record_form.hpp"
#include "trygg/reserve_numbers.hpp"
#include "trygg/scored_instrument.hpp"
#include "trygg/sdk/xml_file.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <unistd.h>

using namespace trygg;
using namespace trygg::fuzz;

namespace {

const std::filesystem::path source{TRYGG_SOURCE_DIR};

std::vector<std::filesystem::path> files(std::initializer_list<const char*> paths)
{
  std::vector<std::filesystem::path> found;
  for (const char* path : paths) {
    found.push_back(source / path);
  }
  return found;
}

std::vector<std::filesystem::path> files_in(const char* folder)
{
  std::vector<std::filesystem::path> found;
  for (const auto& entry : std::filesystem::directory_iterator(source / folder)) {
    found.push_back(entry.path());
  }
  std::sort(found.begin(), found.end());
  return found;
}

int runs()
{
  const char* text = std::getenv("TRYGG_FUZZ_RUNS");
  return text != nullptr ? std::atoi(text) : 100;
}

std::uint64_t campaign()
{
  const char* text = std::getenv("TRYGG_FUZZ_SEED");
  return text != nullptr ? std::strtoull(text, nullptr, 10) : 0;
}

// The SIP plan document as `trygg-cli sip set` and the plan page write it: made from the test plan.
std::filesystem::path sip_plan_seed(const std::filesystem::path& folder)
{
  std::filesystem::create_directories(folder);
  const auto file = folder / "plan.json";
  std::ofstream(file) << sip::sip_plan_to_json(sip::test::complete_plan(), 2);
  return file;
}

void run_campaign(const Reader& reader)
{
  const auto base = std::filesystem::temp_directory_path() / ("trygg-fuzz-" + std::to_string(::getpid()) + "-" + reader.name);
  ReaderFuzz fuzz(reader, base, std::filesystem::path(TRYGG_FINDINGS_DIR));
  const auto report = [&](const std::vector<Finding>& findings) {
    for (const auto& finding : findings) {
      FAIL_CHECK((reader.name + ": " + finding.input.string() + ": " + finding.what));
    }
  };
  report(fuzz.seeds_accepted());
  report(fuzz.regressions(source / "tests/fuzz/regressions" / reader.name));
  report(fuzz.mutated(runs(), campaign()));
  MESSAGE(reader.name << ": " << fuzz.inputs() << " inputs, " << fuzz.refused() << " refused, " << fuzz.schema_valid()
                      << " passed the schema");
  // A campaign that never gets a file past the parser tests nothing beyond it.
  if (!reader.schema.empty() && runs() >= 100) {
    CHECK(fuzz.schema_valid() > static_cast<int>(reader.seeds.size()));
  }
}

template <typename Read>
Reader xml(std::string name, std::vector<std::filesystem::path> seeds, Read read)
{
  return {name, TextFormat::xml, name + ".xsd", std::move(seeds), [read](const std::filesystem::path& file) { (void)read(file); }, {}};
}

template <typename Read>
Reader csv(std::string name, std::vector<std::filesystem::path> seeds, Read read)
{
  return {std::move(name), TextFormat::csv, {}, std::move(seeds), [read](const std::filesystem::path& file) { (void)read(file); }, {}};
}

}  // namespace

TEST_CASE("fuzz - plugin.xml")
{
  run_campaign(xml("plugin-manifest", files({"plugins/discharge/plugin.xml", "plugins/sip/plugin.xml", "plugins/acute/plugin.xml",
                                     "plugins/proactive/plugin.xml", "plugins/holiday-staffing/plugin.xml",
                                     "plugins/physician-time/plugin.xml", "examples/local-plugin/plugin.xml"}),
           read_plugin_manifest));
}

TEST_CASE("fuzz - checklist templates")
{
  run_campaign(xml("checklist-template", files({"plugins/discharge/content/checklist-ward.xml", "plugins/discharge/content/checklist-municipality.xml",
                                        "plugins/sip/content/checklist-nurse.xml", "plugins/proactive/content/checklist.xml",
                                        "plugins/acute/content/checklist.xml", "plugins/holiday-staffing/content/checklist.xml"}),
           read_checklist_template));
}

TEST_CASE("fuzz - risk templates")
{
  run_campaign(xml("risk-template", files({"plugins/discharge/content/risk-analysis.xml", "plugins/sip/content/risk-analysis.xml",
                                   "plugins/physician-time/content/risk-analysis.xml"}),
           read_risk_template));
}

TEST_CASE("fuzz - record forms")
{
  run_campaign(xml("record-form", files({"plugins/acute/content/consent.xml", "plugins/proactive/content/min-plan.xml"}), read_record_form));
}

TEST_CASE("fuzz - scored instruments")
{
  run_campaign(xml("scored-instrument", files_in("plugins/proactive/content/instruments"), read_scored_instrument));
}

TEST_CASE("fuzz - reservnummer forms")
{
  run_campaign(xml("reserve-number-formats", files({"plugins/discharge/content/reserve-numbers.xml"}), read_reserve_number_formats));
}

TEST_CASE("fuzz - the plugin policy")
{
  run_campaign(xml("plugin-policy", files({"tests/fuzz/seeds/plugin-policy.xml"}), PluginPolicy::load));
}

TEST_CASE("fuzz - payment agreements")
{
  run_campaign(xml("payment-agreement", files({"plugins/discharge/content/agreements/lag-2017-612.xml",
                                       "plugins/discharge/content/agreements/lag-2017-612-2018.xml",
                                       "plugins/discharge/content/agreements/stockholm-2020.xml"}),
           discharge::read_payment_agreement));
}

TEST_CASE("fuzz - the agreement in force")
{
  run_campaign(xml("payment-agreement-choice", files({"plugins/discharge/content/agreements/choice.xml"}), discharge::read_agreement_choice));
}

TEST_CASE("fuzz - daily amounts")
{
  run_campaign(xml("daily-amounts", files({"plugins/discharge/content/amounts/socialstyrelsen.xml"}), discharge::read_daily_amounts));
}

TEST_CASE("fuzz - staffing routines")
{
  run_campaign(xml("staffing-routine", files_in("plugins/holiday-staffing/content/routines"), holiday::read_staffing_routine));
}

TEST_CASE("fuzz - huvudman lists")
{
  run_campaign(xml("huvudman-list", files({"plugins/sip/content/huvudman-sormland.xml"}), sip::read_huvudman_list));
}

TEST_CASE("fuzz - physician agreements")
{
  run_campaign(xml("physician-agreement", files_in("plugins/physician-time/content/agreements"), physician::read_physician_agreement));
}

TEST_CASE("fuzz - planned discharges (CSV)")
{
  run_campaign(csv("planned-discharges", files({"plugins/holiday-staffing/content/examples/planned-discharges.csv"}), holiday::read_planned_discharges));
}

TEST_CASE("fuzz - care units (CSV)")
{
  run_campaign(csv("care-units", files({"plugins/physician-time/content/examples/units.csv"}), physician::read_care_units));
}

TEST_CASE("fuzz - delivered physician time (CSV)")
{
  run_campaign(csv("delivered-weeks", files({"plugins/physician-time/content/examples/delivered.csv"}), physician::read_delivered));
}

TEST_CASE("fuzz - the SIP plan document (JSON)")
{
  const auto folder = std::filesystem::temp_directory_path() / ("trygg-fuzz-seed-" + std::to_string(::getpid()));
  run_campaign({"sip-plan", TextFormat::json, {}, {sip_plan_seed(folder)},
        [](const std::filesystem::path& file) { (void)sip::sip_plan_from_json(sdk::read_text_file(file)); },
        [](const std::exception& error) { return dynamic_cast<const sip::SipPlanError*>(&error) != nullptr; }});
  std::filesystem::remove_all(folder);
}
