#include "discharge_readiness.hpp"

#include "trygg/sdk/case_snapshot_data.hpp"

#include <doctest/doctest.h>

using namespace trygg;
using Level = sdk::CaseReadiness::Level;

namespace {
const auto noon = std::chrono::sys_days{std::chrono::year{2026} / 12 / 23} + std::chrono::hours(11);

sdk::CaseSnapshot with(std::vector<sdk::ItemSnapshot> items, std::vector<sdk::RiskSnapshot> risks)
{
  return sdk::CaseSnapshot(sdk::CaseSnapshotData{1, "discharge", {}, noon, std::move(items), std::move(risks)});
}
}  // namespace

TEST_CASE("hemgångsklar - green when every item is settled and high risks are handled")
{
  const auto result = discharge::hemgangsklar(with({{"w", "a", true, std::nullopt}},
                                                   {{"falls", 9, true, std::nullopt, 1, 1}, {"oral-health", 2, false, std::nullopt, 0, 0}}));
  CHECK(result.level == Level::green);
  CHECK(result.findings.empty());
  // A high risk whose residual risk is below the action level counts as handled once no action is open.
  CHECK(discharge::hemgangsklar(with({}, {{"falls", 12, true, false, 0, 0}})).level == Level::green);
  CHECK(discharge::hemgangsklar(with({}, {{"falls", 12, true, false, 2, 2}})).level == Level::green);
}

TEST_CASE("hemgångsklar - yellow while items remain or a high risk's actions are under way")
{
  CHECK(discharge::hemgangsklar(with({{"w", "a", false, std::nullopt}}, {})).level == Level::yellow);
  CHECK(discharge::hemgangsklar(with({{"w", "a", false, noon + std::chrono::hours(2)}}, {})).level == Level::yellow);
  const auto acting = discharge::hemgangsklar(with({}, {{"falls", 9, true, std::nullopt, 2, 1}}));
  CHECK(acting.level == Level::yellow);
  CHECK(acting.findings.front().text.find("falls") != std::string::npos);
  // A residual risk below the action level does not hide an action still open: it is what remains after it.
  const auto planned = discharge::hemgangsklar(with({}, {{"falls", 12, true, false, 2, 1}}));
  CHECK(planned.level == Level::yellow);
  CHECK(planned.findings.front().text.find("falls") != std::string::npos);
}

TEST_CASE("hemgångsklar - a new case is not 'nästan' ready: the label says how far planning has come")
{
  const auto open = [](const char* key) { return sdk::ItemSnapshot{"w", key, false, std::nullopt}; };
  const auto done = [](const char* key) { return sdk::ItemSnapshot{"w", key, true, std::nullopt}; };
  CHECK(discharge::hemgangsklar(with({open("a"), open("b"), open("c"), open("d")}, {})).label == "Planeringen har inte börjat");
  CHECK(discharge::hemgangsklar(with({done("a"), open("b"), open("c"), open("d")}, {})).label == "Planering pågår");
  // One of four left: nearly there.
  CHECK(discharge::hemgangsklar(with({done("a"), done("b"), done("c"), open("d")}, {})).label == "Nästan hemgångsklar");
  CHECK(discharge::hemgangsklar(with({done("a"), done("b"), done("c"), open("d")}, {})).level == Level::yellow);
}

TEST_CASE("hemgångsklar - red for an unhandled high risk or an overdue item, and says what to plan")
{
  const auto unhandled = discharge::hemgangsklar(with({{"w", "a", true, std::nullopt}}, {{"medication", 8, true, std::nullopt, 0, 0}}));
  CHECK(unhandled.level == Level::red);
  CHECK(unhandled.label == "Inte hemgångsklar");
  CHECK(unhandled.findings.front().text.find("handlingsplan") != std::string::npos);
  // Still red when the residual risk, too, calls for action.
  CHECK(discharge::hemgangsklar(with({}, {{"falls", 12, true, true, 0, 0}})).level == Level::red);
  const auto overdue = discharge::hemgangsklar(with({{"w", "a", false, noon - std::chrono::hours(1)}}, {}));
  CHECK(overdue.level == Level::red);
}
