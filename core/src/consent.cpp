#include "trygg/consent.hpp"

#include "trygg/i18n.hpp"
#include "trygg/sdk/text_fold.hpp"
#include "trygg/time.hpp"

#include <nlohmann/json.hpp>

namespace trygg {

std::string consent_form_problem(const RecordForm& form)
{
  const auto* covers = form.field("covers");
  const auto* recipients = form.field("recipients");
  const auto* until = form.field("valid-until");
  const auto* revoked = form.field("revoked");
  const bool recipients_have_unit =
      recipients != nullptr && std::any_of(recipients->columns.begin(), recipients->columns.end(), [](const auto& column) { return column.key == "unit"; });
  if (covers == nullptr || !covers->required) {
    return tr("ett samtyckesformulär behöver fältet covers (vad samtycket omfattar), obligatoriskt");
  }
  if (recipients == nullptr || recipients->type != RecordForm::Type::table || !recipients_have_unit || !recipients->required) {
    return tr("ett samtyckesformulär behöver fältet recipients: en obligatorisk tabell med kolumnen unit (till vem)");
  }
  if (until == nullptr || until->type != RecordForm::Type::date || !until->required) {
    return tr("ett samtyckesformulär behöver fältet valid-until: ett obligatoriskt datum");
  }
  if (revoked == nullptr || revoked->type != RecordForm::Type::yes_no) {
    return tr("ett samtyckesformulär behöver fältet revoked (ja/nej)");
  }
  return {};
}

ConsentCheck check_consent(const std::string& json, const std::string& recipient, std::chrono::year_month_day today)
{
  ConsentCheck result;
  const auto document = nlohmann::json::parse(json.empty() ? "{}" : json, nullptr, false);
  if (document.is_discarded() || !document.is_object() || document.empty()) {
    result.why = trf("Inget samtycke finns i ärendet: uppgifterna lämnas inte ut till {}. Registrera samtycket först.", recipient);
    return result;
  }
  if (document.contains("recipients") && document["recipients"].is_array()) {
    for (const auto& row : document["recipients"]) {
      if (row.is_object() && row.contains("unit") && row["unit"].is_string() && !row["unit"].get<std::string>().empty()) {
        result.recipients.push_back(row["unit"].get<std::string>());
      }
    }
  }
  if (document.value("revoked", false)) {
    result.why = tr("Samtycket är återkallat: inga uppgifter lämnas ut.");
    return result;
  }
  const auto covers = document.value("covers", std::string());
  if (covers.find_first_not_of(" \t\n") == std::string::npos) {
    result.why = tr("Samtycket säger inte vad det omfattar: uppgifterna lämnas inte ut.");
    return result;
  }
  const auto until = from_iso_date(document.value("valid-until", std::string()));
  if (!until) {
    result.why = tr("Samtycket saknar giltighetstid: uppgifterna lämnas inte ut.");
    return result;
  }
  // Valid through the whole Swedish day it names.
  if (std::chrono::sys_days(today) > std::chrono::sys_days(*until)) {
    result.why = trf("Samtycket gällde till och med {}: uppgifterna lämnas inte ut. Fråga personen igen.", to_iso_date(*until));
    return result;
  }
  const auto wanted = sdk::fold_for_search(recipient);
  for (const auto& unit : result.recipients) {
    if (sdk::fold_for_search(unit) == wanted) {
      result.allowed = true;
      result.recipient = unit;
      return result;
    }
  }
  std::string named;
  for (const auto& unit : result.recipients) {
    named += (named.empty() ? "" : ", ") + unit;
  }
  result.why = trf("Samtycket omfattar inte {}; det gäller {}.", recipient, named.empty() ? tr("ingen mottagare") : named);
  return result;
}

}  // namespace trygg
