#pragma once

#include "payment_agreement.hpp"

#include <chrono>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace trygg::discharge {

// Which agreement a region and its municipalities chose, per municipality and period
// (schemas/payment-agreement-choice.xsd).
struct AgreementChoice : sdk::VersionedDocument {
  struct Entry {
    std::string municipality;  // empty: every municipality the file does not name for those days
    std::string agreement;     // an agreement's id
    std::chrono::year_month_day from;
    std::optional<std::chrono::year_month_day> to;  // inclusive
  };
  std::vector<Entry> entries;
};

[[nodiscard]] AgreementChoice read_agreement_choice(const std::filesystem::path& file);

// What applies to a case on a day, and why, in words a coordinator can check.
struct AgreementSelection {
  const PaymentAgreement* agreement = nullptr;  // none: `problem` says why nothing is priced
  std::string basis;                            // why this one ("vald för Nacka från 2020-01-01")
  std::string problem;
};

// Picks the agreement for the day a ready notice counts from.
using AgreementSelector = std::function<AgreementSelection(std::chrono::year_month_day)>;

// One given agreement, applied only within its validity period.
[[nodiscard]] AgreementSelector fixed_agreement(const PaymentAgreement& agreement);

// Every payment agreement, the law's rule, the tables of amounts and the choices a plugin ships.
class AgreementBook {
public:
  AgreementBook() = default;
  // Reads and cross-checks the files: a choice naming an unknown agreement, or an agreement naming an
  // unknown table, is a sdk::ContentError naming the file.
  AgreementBook(const std::vector<std::filesystem::path>& agreement_files, const std::vector<std::filesystem::path>& choice_files,
                const std::vector<std::filesystem::path>& amount_files);

  [[nodiscard]] const std::vector<PaymentAgreement>& agreements() const { return agreements_; }
  [[nodiscard]] const PaymentAgreement* find(const std::string& id) const;
  // An agreement read from elsewhere (trygg-cli deadlines --agreement FILE), with this book's tables.
  [[nodiscard]] PaymentAgreement with_tables(PaymentAgreement agreement) const;

  // The agreement chosen for a municipality on a day; where none is chosen, the law's rule in force
  // that day. A chosen agreement outside its own validity is not applied: the selection says so.
  [[nodiscard]] AgreementSelection select(const std::string& municipality, std::chrono::year_month_day day) const;
  [[nodiscard]] AgreementSelector selector(const std::string& municipality) const;

private:
  std::vector<PaymentAgreement> agreements_;
  std::vector<DailyAmounts> tables_;
  std::vector<AgreementChoice> choices_;
};

}  // namespace trygg::discharge
