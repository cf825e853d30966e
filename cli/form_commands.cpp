// trygg-cli form: a case's record forms (Min plan, Samtycke …) from the command line.
#include "cli_context.hpp"

#include "trygg/i18n.hpp"

#include <fmt/format.h>

namespace trygg::cli {
namespace {

struct FormOptions {
  std::string target;
  std::string form;
  std::string json;
};

Workspace::Form require_form(Workspace& workspace, const CareCase& care_case, const std::string& id)
{
  std::string known;
  for (const auto& form : workspace.forms_for(care_case)) {
    if (form.form->id == id) {
      return form;
    }
    known += (known.empty() ? "" : ", ") + form.form->id;
  }
  throw std::invalid_argument(trf("Formuläret \"{}\" finns inte för ärende {} (finns: {})", id, care_case.id, known.empty() ? tr("inga") : known));
}

void show_form(Context& context, const FormOptions& options)
{
  auto& workspace = context.workspace();
  const auto care_case = require_case(context, parse_case_id(options.target));
  const auto form = require_form(workspace, care_case, options.form);
  const auto stored = workspace.storage().plugin_record(form.plugin->id, care_case.id, form.form->record).value_or("{}");
  const auto document = nlohmann::json::parse(stored, nullptr, false);
  context.print(document.is_discarded() ? nlohmann::json::object() : document, [&] {
    fmt::print("{}\n", form.form->title);
    for (const auto& missing : missing_fields(*form.form, stored)) {
      fmt::print("  {} {}\n", tr("saknas:"), missing);
    }
    fmt::print("{}\n", document.is_discarded() ? stored : document.dump(2));
  });
}

void set_form(Context& context, const FormOptions& options)
{
  auto& workspace = context.workspace();
  const auto care_case = require_case(context, parse_case_id(options.target));
  const auto form = require_form(workspace, care_case, options.form);
  // Refused whole, naming each field, when a value is wrong or a required one is empty.
  workspace.save_form(care_case.id, form, options.json);
  context.print({{"case", care_case.id}, {"form", form.form->id}}, [&] { fmt::print("{}\n", trf("{} sparad i ärende {}", form.form->title, care_case.id)); });
}

}  // namespace

void add_form_commands(CLI::App& app, Context& context)
{
  auto* forms = app.add_subcommand("form", tr("Ett ärendes formulär (t.ex. Min plan, Samtycke): visa eller spara"));
  forms->require_subcommand(1);
  auto options = std::make_shared<FormOptions>();
  auto* show = forms->add_subcommand("show", tr("Visa ett formulär som det är sparat"));
  show->add_option("CASE", options->target, tr("Ärendenummer"))->required();
  show->add_option("FORM", options->form, tr("Formulärets id"))->required();
  show->callback([&context, options] { show_form(context, *options); });
  auto* set = forms->add_subcommand("set", tr("Spara ett formulär: alla fält som ett JSON-objekt"));
  set->add_option("CASE", options->target, tr("Ärendenummer"))->required();
  set->add_option("FORM", options->form, tr("Formulärets id"))->required();
  set->add_option("--json", options->json, tr("Fälten som JSON, t.ex. '{\"covers\": \"…\"}'"))->required();
  set->callback([&context, options] { set_form(context, *options); });
}

}  // namespace trygg::cli
