#pragma once

#include "trygg/sdk/person.hpp"
#include "trygg/sdk/visibility.hpp"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trygg::sdk {

// A Swedish personnummer or samordningsnummer (coordination number: birth day + 60), validated
// by date, century and Luhn check digit; or a region's reservnummer (a temporary number for a patient
// whose identity is not known yet), in a form the region gives as data.
struct IdentityCheck;

// How one region writes its reservnummer (schemas/reserve-number-formats.xsd). (3.2)
struct ReserveNumberFormat {
  std::string region;
  std::string pattern;  // ECMAScript regular expression, matched against the whole number (upper case, no spaces or hyphens)
  std::string example;
};

class TRYGG_SDK_API PersonalIdentity {
public:
  enum class Kind { personnummer, samordningsnummer, reservnummer };
  enum class Sex { female, male, unknown };

  // Accepts YYYYMMDD-NNNN, YYYYMMDDNNNN, YYMMDD-NNNN, YYMMDDNNNN and YYMMDD+NNNN (the '+' marks a
  // person aged 100 or more; in the twelve-digit form, where the century is written out, it is read as
  // '-'). Ten-digit forms take their century from `today`. Birth number 000 is never issued: refused.
  [[nodiscard]] static IdentityCheck parse(std::string_view text, std::chrono::year_month_day today);
  // As above, and else a reservnummer in one of the regions' forms: kept as written (upper case, no
  // spaces or hyphens), with no birth date or sex. (3.2)
  [[nodiscard]] static IdentityCheck parse(std::string_view text, std::chrono::year_month_day today,
                                           const std::vector<ReserveNumberFormat>& reserve_formats);

  [[nodiscard]] Kind kind() const { return kind_; }
  [[nodiscard]] Sex sex() const { return sex_; }
  [[nodiscard]] std::chrono::year_month_day birth_date() const { return birth_date_; }
  // Twelve digits, no separator: the form stored in the database (a reservnummer: as the region writes it).
  [[nodiscard]] const std::string& normalised() const { return digits_; }
  // YYYYMMDD-NNNN, the form shown to people.
  [[nodiscard]] std::string display() const;

  friend bool operator==(const PersonalIdentity&, const PersonalIdentity&) = default;

private:
  PersonalIdentity(std::string digits, Kind kind, Sex sex, std::chrono::year_month_day birth_date);

  std::string digits_;
  Kind kind_;
  Sex sex_;
  std::chrono::year_month_day birth_date_;
};

// The outcome of reading a number a person typed: the identity, or why it is not one.
struct IdentityCheck {
  std::optional<PersonalIdentity> identity;
  std::string reason;  // empty when valid
};

[[nodiscard]] TRYGG_SDK_API std::string_view to_string(PersonalIdentity::Kind kind);
[[nodiscard]] TRYGG_SDK_API std::string_view to_string(PersonalIdentity::Sex sex);

}  // namespace trygg::sdk
