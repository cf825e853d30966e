#include "agreement_book.hpp"

#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"
#include "trygg/sdk/text_fold.hpp"
#include "trygg/sdk/xml_file.hpp"

#include <algorithm>

namespace trygg::discharge {
namespace {

using sdk::tr;
using sdk::trf;

std::string period_text(const sdk::VersionedDocument& document)
{
  return sdk::to_iso_date(document.valid_from) + "–" + (document.valid_to ? sdk::to_iso_date(*document.valid_to) : std::string());
}

// A chosen agreement on a day: applied only when in force, never silently outside its period.
AgreementSelection applied(const PaymentAgreement& agreement, std::chrono::year_month_day day, std::string basis)
{
  if (!agreement.in_force(day)) {
    return {nullptr, std::move(basis),
            trf("{} gäller {}, inte {}: inget belopp räknas", agreement.name, period_text(agreement), sdk::to_iso_date(day))};
  }
  return {&agreement, std::move(basis), {}};
}

// The end of a period that has none.
constexpr std::chrono::year_month_day open_end{std::chrono::year{9999}, std::chrono::December, std::chrono::day{31}};

bool covers(const AgreementChoice::Entry& entry, std::chrono::year_month_day day)
{
  return entry.from <= day && (!entry.to || day <= *entry.to);
}

}  // namespace

AgreementChoice read_agreement_choice(const std::filesystem::path& file)
{
  const auto xml = sdk::XmlFile::load(file, "payment-agreement-choice", "payment-agreement-choice.xsd");
  sdk::ProblemList problems(xml);
  AgreementChoice result;
  sdk::read_document_header(xml, problems, result);
  std::vector<std::string> folded;  // each entry's municipality as compared, folded once
  for (const auto choice : xml.root().children("choice")) {
    AgreementChoice::Entry entry;
    entry.municipality = choice.attribute("municipality").value();
    entry.agreement = choice.attribute("agreement").value();
    entry.from = sdk::from_iso_date(choice.attribute("from").value()).value_or(std::chrono::year_month_day{});
    if (const auto to = choice.attribute("to")) {
      entry.to = sdk::from_iso_date(to.value());
      if (entry.to && *entry.to < entry.from) {
        problems.add(choice, tr("to ligger före from"));
      }
    }
    // Two choices for the same municipality and day would make the answer depend on file order.
    folded.push_back(sdk::fold_for_search(entry.municipality));
    for (std::size_t index = 0; index < result.entries.size(); ++index) {
      const auto& earlier = result.entries[index];
      const bool same_place = folded[index] == folded.back();
      const bool overlap = earlier.from <= entry.to.value_or(open_end) && entry.from <= earlier.to.value_or(open_end);
      if (same_place && overlap) {
        problems.add(choice, entry.municipality.empty() ? tr("två val för alla kommuner gäller samma dagar")
                                                        : trf("två val för {} gäller samma dagar", entry.municipality));
        break;  // once per choice: thousands overlapping each other are thousands of problems, not millions
      }
    }
    result.entries.push_back(std::move(entry));
  }
  problems.throw_if_any();
  return result;
}

AgreementSelector fixed_agreement(const PaymentAgreement& agreement)
{
  return [&agreement](std::chrono::year_month_day day) { return applied(agreement, day, tr("vald för beräkningen")); };
}

AgreementBook::AgreementBook(const std::vector<std::filesystem::path>& agreement_files,
                             const std::vector<std::filesystem::path>& choice_files,
                             const std::vector<std::filesystem::path>& amount_files)
{
  for (const auto& file : amount_files) {
    tables_.push_back(read_daily_amounts(file));
  }
  for (const auto& file : agreement_files) {
    agreements_.push_back(with_tables(read_payment_agreement(file)));
  }
  for (const auto& file : choice_files) {
    auto choice = read_agreement_choice(file);
    for (const auto& entry : choice.entries) {
      if (find(entry.agreement) == nullptr) {
        throw sdk::ContentError({{file, 0, "choice", trf("valet nämner överenskommelsen \"{}\", som ingen fil har", entry.agreement)}});
      }
    }
    choices_.push_back(std::move(choice));
  }
}

const PaymentAgreement* AgreementBook::find(const std::string& id) const
{
  const auto found = std::find_if(agreements_.begin(), agreements_.end(), [&](const PaymentAgreement& a) { return a.id == id; });
  return found == agreements_.end() ? nullptr : &*found;
}

PaymentAgreement AgreementBook::with_tables(PaymentAgreement agreement) const
{
  if (agreement.amounts_table.empty()) {
    return agreement;
  }
  const auto table = std::find_if(tables_.begin(), tables_.end(), [&](const DailyAmounts& t) { return t.id == agreement.amounts_table; });
  if (table == tables_.end()) {
    throw sdk::ContentError({{agreement.file, 0, "amounts", trf("beloppstabellen \"{}\" finns inte", agreement.amounts_table)}});
  }
  agreement.take_amounts_from(*table);
  return agreement;
}

AgreementSelection AgreementBook::select(const std::string& municipality, std::chrono::year_month_day day) const
{
  const auto place = sdk::fold_for_search(municipality);
  const AgreementChoice::Entry* named = nullptr;
  const AgreementChoice::Entry* common = nullptr;
  for (const auto& choice : choices_) {
    for (const auto& entry : choice.entries) {
      if (!covers(entry, day)) {
        continue;
      }
      if (entry.municipality.empty()) {
        common = &entry;
      } else if (sdk::fold_for_search(entry.municipality) == place) {
        named = &entry;
      }
    }
  }
  if (const auto* entry = named != nullptr ? named : common) {
    const std::string who = named != nullptr ? municipality : tr("regionens kommuner");
    return applied(*find(entry->agreement), day, trf("vald för {} från {}", who, sdk::to_iso_date(entry->from)));
  }
  // Where no agreement exists, the law's own rule applies (lag 2017:612 5 kap.).
  const std::string basis = municipality.empty() ? tr("ingen kommun angiven: lagens regel")
                                                 : trf("ingen överenskommelse vald för {}: lagens regel", municipality);
  for (const auto& agreement : agreements_) {
    if (agreement.kind == PaymentAgreement::Kind::law && agreement.in_force(day)) {
      return {&agreement, basis, {}};
    }
  }
  return {nullptr, basis, trf("ingen överenskommelse och ingen lagregel finns för {}", sdk::to_iso_date(day))};
}

AgreementSelector AgreementBook::selector(const std::string& municipality) const
{
  return [this, municipality](std::chrono::year_month_day day) { return select(municipality, day); };
}

}  // namespace trygg::discharge
