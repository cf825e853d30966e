#include "sip_commands.hpp"

#include "sip_plan_document.hpp"
#include "sip_plan_json.hpp"
#include "sip_plugin.hpp"

#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"

#include "trygg/sdk/cli11_command.hpp"
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace trygg::sip {
namespace {

using sdk::tr;
using sdk::trf;

void require_sip(sdk::Host& host, std::int64_t id)
{
  const auto snapshot = host.snapshot(id);
  if (!snapshot) {
    throw sdk::HostError(trf("Ärende {} finns inte", id));
  }
  if (snapshot->process() != "sip") {
    throw sdk::HostError(trf("Ärende {} är ingen SIP (processen är {})", id, snapshot->process()));
  }
}

void show_plan(sdk::Host& host, std::int64_t id, sdk::CommandIo& io)
{
  require_sip(host, id);
  const auto document = host.record(id, plan_record);
  if (!document) {
    throw sdk::HostError(trf("Ärende {} har ingen SIP-plan; skapa en med trygg-cli sip set", id));
  }
  io.out(sip_plan_to_json(sip_plan_from_json(*document), 2) + "\n");
}

void set_plan(const SipPlugin& plugin, sdk::Host& host, std::int64_t id, const std::string& file, sdk::CommandIo& io)
{
  require_sip(host, id);
  SipPlan plan;
  try {
    plan = sip_plan_from_json(io.read_input(file));
  } catch (const SipPlanError& error) {
    throw sdk::HostError(fmt::format("{}: {}", file, error.what()));
  }
  plugin.save_plan(id, plan);
  io.out(io.json() ? nlohmann::json{{"id", id}}.dump(2) + "\n" : std::string(tr("Planen sparad")) + "\n");
}

void list_follow_ups(sdk::Host& host, int days, sdk::CommandIo& io)
{
  const auto now = host.now();
  const auto rows = host.records_due(plan_record, sdk::end_of_swedish_day(now) + std::chrono::days(days));
  if (io.json()) {
    nlohmann::json data = nlohmann::json::array();
    for (const auto& row : rows) {
      data.push_back({{"case", row.case_row.id},
                      {"title", row.case_row.title},
                      {"name", row.case_row.person_name},
                      {"identity", row.case_row.person_identity},
                      {"municipality", row.case_row.municipality},
                      {"follow_up_at", sdk::to_iso_utc(row.due)},
                      {"overdue", row.due < now}});
    }
    io.out(data.dump(2) + "\n");
    return;
  }
  for (const auto& row : rows) {
    io.out(fmt::format("{}  {:>6}  {:<22} {:<14} {}{}\n", sdk::to_iso_date(sdk::swedish_date(row.due)), row.case_row.id,
                       row.case_row.person_name, row.case_row.municipality, row.case_row.title,
                       row.due < now ? "  " + std::string(tr("(försenad)")) : ""));
  }
}

void print_document(sdk::Host& host, std::int64_t id, const std::string& output, sdk::CommandIo& io)
{
  require_sip(host, id);
  // The person's plan leaves Trygg: in the access log first.
  host.log_access(id, "export", output.empty() ? tr("SIP-dokumentet till standard ut") : trf("SIP-dokumentet till {}", output));
  const auto document = plan_document(host, id);
  io.write_output(document.html, output);
  if (!document.withheld.empty()) {
    io.err("trygg-cli: " + document.withheld + "\n");
  }
}

}  // namespace

int run_sip_command(const SipPlugin& plugin, sdk::Host& host, const std::vector<std::string>& arguments, sdk::CommandIo& io)
{
  CLI::App sip{tr("Samordnade individuella planer (SIP)"), "trygg-cli sip"};
  sip.require_subcommand(1);
  std::string case_id;

  auto* show = sip.add_subcommand("show", tr("Skriv ut planen som JSON"));
  show->add_option("CASE", case_id, tr("Ärendenummer"))->required();
  show->callback([&] { show_plan(host, sdk::case_number(case_id), io); });

  std::string file;
  auto* set = sip.add_subcommand("set", tr("Spara planen från en JSON-fil (samma form som sip show och sip template)"));
  set->add_option("CASE", case_id, tr("Ärendenummer"))->required();
  set->add_option("--file,-f", file, tr("JSON-fil, eller - för stdin"))->required();
  set->callback([&] { set_plan(plugin, host, sdk::case_number(case_id), file, io); });

  auto* blank = sip.add_subcommand("template", tr("Skriv ut en tom plan att fylla i"));
  blank->callback([&] { io.out(sip_plan_to_json({}, 2) + "\n"); });

  int days = 30;
  auto* follow_ups = sip.add_subcommand("follow-ups", tr("Planer som ska följas upp, de försenade först"));
  follow_ups->add_option("--days", days, tr("Så många dagar framåt (standard 30)"));
  follow_ups->callback([&] { list_follow_ups(host, days, io); });

  std::string output;
  auto* document = sip.add_subcommand("document", tr("Planen som HTML: ett exemplar för den enskilde och ett per huvudman"));
  document->add_option("CASE", case_id, tr("Ärendenummer"))->required();
  document->add_option("--output,-o", output, tr("Fil (standard: skriv till stdout)"));
  document->callback([&] { print_document(host, sdk::case_number(case_id), output, io); });

  // CLI11 reads a vector of arguments last first.
  return sdk::run_cli11_command(sip, arguments, io);
}

}  // namespace trygg::sip
