// Commands about SIP plans: read and write a plan as JSON, print it for the person and each huvudman,
// and list the plans due for follow-up.
#include "cli_context.hpp"
#include "json_views.hpp"

#include "trygg/i18n.hpp"
#include "trygg/sip_plan_document.hpp"
#include "trygg/sip_plan_json.hpp"

#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace trygg::cli {
namespace {

std::string read_input(const std::string& file)
{
  if (file == "-") {
    return {std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    throw std::runtime_error(trf("{} kunde inte läsas", file));
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void show_plan(Context& context, CaseId id)
{
  (void)require_case(context, id);
  const auto plan = context.workspace().storage().sip_plan(id);
  if (!plan) {
    throw std::runtime_error(trf("Ärende {} har ingen SIP-plan; skapa en med trygg-cli sip set", id));
  }
  std::cout << sip_plan_to_json(*plan, 2) << '\n';
}

void set_plan(Context& context, CaseId id, const std::string& file)
{
  (void)require_case(context, id);
  sdk::SipPlan plan;
  try {
    plan = sip_plan_from_json(read_input(file));
  } catch (const SipPlanError& error) {
    throw std::runtime_error(fmt::format("{}: {}", file, error.what()));
  }
  auto& workspace = context.workspace();
  workspace.storage().save_sip_plan(id, plan, workspace.actor());
  context.print({{"id", id}}, [&] { fmt::print("{}\n", tr("Planen sparad")); });
}

void list_follow_ups(Context& context, int days)
{
  auto& workspace = context.workspace();
  const auto until = end_of_local_day(workspace.current_time()) + std::chrono::days(days);
  const auto rows = workspace.storage().sip_follow_ups(until);
  nlohmann::json data = nlohmann::json::array();
  for (const auto& row : rows) {
    data.push_back(to_json(row, workspace.current_time()));
  }
  context.print(data, [&] {
    for (const auto& row : rows) {
      fmt::print("{}  {:>6}  {:<22} {:<14} {}{}\n", to_iso_date(local_date(row.follow_up_at)), row.case_id, row.person_name,
                 row.municipality, row.case_title, row.follow_up_at < workspace.current_time() ? "  " + std::string(tr("(försenad)")) : "");
    }
  });
}

void print_document(Context& context, CaseId id, const std::string& output)
{
  (void)require_case(context, id);
  const auto document = sip_plan_document(context.workspace(), id);
  write_output(document.html, output);
  if (!document.withheld.empty()) {
    std::cerr << "trygg-cli: " << document.withheld << '\n';
  }
}

}  // namespace

void add_sip_commands(CLI::App& app, Context& context)
{
  auto* sip = app.add_subcommand("sip", tr("Samordnade individuella planer (SIP)"));
  sip->require_subcommand(1);
  auto case_id = std::make_shared<std::string>();

  auto* show = sip->add_subcommand("show", tr("Skriv ut planen som JSON"));
  show->add_option("CASE", *case_id, tr("Ärendenummer"))->required();
  show->callback([&context, case_id] { show_plan(context, parse_case_id(*case_id)); });

  auto file = std::make_shared<std::string>();
  auto* set = sip->add_subcommand("set", tr("Spara planen från en JSON-fil (samma form som sip show och sip template)"));
  set->add_option("CASE", *case_id, tr("Ärendenummer"))->required();
  set->add_option("--file,-f", *file, tr("JSON-fil, eller - för stdin"))->required();
  set->callback([&context, case_id, file] { set_plan(context, parse_case_id(*case_id), *file); });

  auto* blank = sip->add_subcommand("template", tr("Skriv ut en tom plan att fylla i"));
  blank->callback([] { std::cout << sip_plan_to_json({}, 2) << '\n'; });

  auto days = std::make_shared<int>(30);
  auto* follow_ups = sip->add_subcommand("follow-ups", tr("Planer som ska följas upp, de försenade först"));
  follow_ups->add_option("--days", *days, tr("Så många dagar framåt (standard 30)"));
  follow_ups->callback([&context, days] { list_follow_ups(context, *days); });

  auto output = std::make_shared<std::string>();
  auto* document = sip->add_subcommand("document", tr("Planen som HTML: ett exemplar för den enskilde och ett per huvudman"));
  document->add_option("CASE", *case_id, tr("Ärendenummer"))->required();
  document->add_option("--output,-o", *output, tr("Fil (standard: skriv till stdout)"));
  document->callback([&context, case_id, output] { print_document(context, parse_case_id(*case_id), *output); });
}

}  // namespace trygg::cli
