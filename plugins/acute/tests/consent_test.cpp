// The acute process's consent gate: what a valid consent is, and sharing refused or logged through the
// workspace every face (GUI, CLI) goes through.
#include "test_support.hpp"

#include "trygg/consent.hpp"
#include "trygg/workspace.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace trygg;
using namespace std::chrono;

namespace {

const auto consent_json = R"({"given-by": "person", "given-on": "2026-12-20", "covers": "Besöksorsak och behov vid hemgång",
                               "recipients": [{"unit": "Hemsjukvården Flen"}, {"unit": "Vårdcentralen Åsen"}],
                               "valid-until": "2026-12-31"})";

}  // namespace

TEST_CASE("consent - valid through its last day, for the units it names only, and not once revoked")
{
  const year_month_day day = year{2026} / December / 24;
  CHECK(check_consent(consent_json, "Hemsjukvården Flen", day).allowed);
  // Names compare as Swedish readers do: case folded (å stays å); the log uses the consent's spelling.
  const auto folded = check_consent(consent_json, "vårdcentralen åsen", day);
  CHECK(folded.allowed);
  CHECK(folded.recipient == "Vårdcentralen Åsen");
  // The last day counts whole; the day after does not.
  CHECK(check_consent(consent_json, "Hemsjukvården Flen", year{2026} / December / 31).allowed);
  const auto expired = check_consent(consent_json, "Hemsjukvården Flen", year{2027} / January / 1);
  CHECK_FALSE(expired.allowed);
  CHECK(expired.why.find("2026-12-31") != std::string::npos);
  const auto other = check_consent(consent_json, "Akutmottagningen Mälarsjukhuset", day);
  CHECK_FALSE(other.allowed);
  CHECK(other.why.find("Hemsjukvården Flen, Vårdcentralen Åsen") != std::string::npos);
  CHECK(other.recipients.size() == 2);
  auto revoked = nlohmann::json::parse(consent_json);
  revoked["revoked"] = true;
  CHECK_FALSE(check_consent(revoked.dump(), "Hemsjukvården Flen", day).allowed);
  CHECK_FALSE(check_consent("", "Hemsjukvården Flen", day).allowed);
  CHECK(check_consent("", "Hemsjukvården Flen", day).why.find("Inget samtycke") != std::string::npos);
}

TEST_CASE("consent - a disclosure without valid consent is refused and nothing logged, with one it is logged with its recipient")
{
  const test::TempFolder folder;
  test::ManualClock clock;
  Workspace workspace(folder / "w.db", test::bundled_plugins(), "sjuksköterska", clock.function());
  const CaseId id = workspace.open_case("se.trygg.acute", "acute", "Akuten", {test::tolvan, "Tolvan", "Flen"});
  const auto care_case = *workspace.storage().find_case(id);
  CHECK(workspace.needs_consent(care_case));
  const auto disclosures = [&] {
    int count = 0;
    for (const auto& entry : workspace.storage().history(id)) {
      count += entry.entity == "disclosure" ? 1 : 0;
    }
    return count;
  };
  CHECK_THROWS_WITH_AS(workspace.disclose(id, "Hemsjukvården Flen", "rapport"), doctest::Contains("Inget samtycke"), StorageError);
  CHECK(disclosures() == 0);
  // A consent without scope is not stored: the form's required fields say what is missing.
  const auto form = workspace.forms_for(care_case).at(0);
  auto no_scope = nlohmann::json::parse(consent_json);
  no_scope.erase("covers");
  CHECK_THROWS_WITH_AS(workspace.save_form(id, form, no_scope.dump()), doctest::Contains("Vad samtycket omfattar"), StorageError);
  CHECK_FALSE(workspace.storage().plugin_record("se.trygg.acute", id, "consent"));

  workspace.save_form(id, form, consent_json);
  workspace.disclose(id, "hemsjukvården flen", "ärenderapport (export)");
  CHECK(disclosures() == 1);
  CHECK(workspace.storage().history(id).back().new_value == "Hemsjukvården Flen: ärenderapport (export)");
  CHECK_THROWS_AS(workspace.disclose(id, "Någon annan", "rapport"), StorageError);
  // The person's own copy needs no consent, and is logged too.
  workspace.disclose(id, {}, "ärenderapport (utskrift)", true);
  CHECK(disclosures() == 2);
  // A proactive case has no gate.
  const CaseId proactive = workspace.open_case("se.trygg.proactive", "proactive", "Hemma", {test::tolvan, "Tolvan", "Flen"});
  CHECK_FALSE(workspace.needs_consent(*workspace.storage().find_case(proactive)));
}
