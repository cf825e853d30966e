#pragma once

#include "trygg/sdk/versioned_document.hpp"

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace trygg::discharge {

// The kinds of inpatient care an agreement may price differently.
enum class CareKind { somatic, psychiatric, compulsory };

// "somatic", "psychiatric", "compulsory": the names the agreement files use.
[[nodiscard]] const char* care_kind_key(CareKind care);
// "somatisk vård", … in the user's language.
[[nodiscard]] std::string care_kind_label(CareKind care);

// What a day of liability costs in one year, and which regulation or decision says so.
struct DailyAmount {
  int year = 0;
  int per_day = 0;  // kronor
  std::string source;
};

// A table of yearly amounts set by an authority (schemas/daily-amounts.xsd), e.g. Socialstyrelsen's.
struct DailyAmounts : sdk::VersionedDocument {
  std::vector<DailyAmount> amounts;  // ascending years, each year once
};

// Reads and checks a table of amounts; throws sdk::ContentError naming file, line and element.
[[nodiscard]] DailyAmounts read_daily_amounts(const std::filesystem::path& file);

// A rule for when the municipality's payment liability (betalningsansvar) for a patient ready for
// discharge starts, and what a day costs: a local agreement, or the law's own rule where there is
// none (schemas/payment-agreement.xsd).
struct PaymentAgreement : sdk::VersionedDocument {
  enum class Kind { agreement, law };
  enum class DayType { calendar, working };
  // How one kind of care is counted.
  struct Rule {
    bool liable = true;  // false: the municipality pays nothing for this kind of care
    DayType day_type = DayType::calendar;
    bool notice_day_is_day_zero = true;
    std::optional<std::chrono::minutes> cut_off;  // since local midnight
    int days = 0;                                 // days before liability starts, after day 0 when it counts
  };

  Kind kind = Kind::agreement;
  std::map<CareKind, Rule> rules;      // a kind of care without a rule: the agreement does not say
  std::vector<DailyAmount> amounts;    // the agreement's own years, then the table's (ascending)
  std::string amounts_table;           // the id of the table it takes other years from, if any

  [[nodiscard]] const Rule* rule_for(CareKind care) const;
  // The amount for a year, or nullptr when neither the agreement nor its table knows it: never another
  // year's amount.
  [[nodiscard]] const DailyAmount* amount_in(int year) const;
  // Takes the years it does not list itself from `table`.
  void take_amounts_from(const DailyAmounts& table);
};

// Reads and checks an agreement file; throws sdk::ContentError naming file, line and element. An
// agreement that names a table of amounts gets them from AgreementBook (or take_amounts_from).
[[nodiscard]] PaymentAgreement read_payment_agreement(const std::filesystem::path& file);

}  // namespace trygg::discharge
