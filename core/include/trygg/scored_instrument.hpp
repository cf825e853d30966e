#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace trygg {

// A scored assessment instrument as a process owner declares it (schemas/scored-instrument.xsd): the
// items a nurse answers, the points of each answer, how they make a score, the bands of the score with a
// risk level and suggested actions, when to assess again, and where it comes from.
struct ScoredInstrument {
  enum class Scoring { sum, max };
  enum class Select { one, many };
  enum class Level { none, risk, high };
  struct Option {
    std::string value;
    std::string label;
    int points = 0;
    std::string note;  // said with the result when chosen ("Kontakta tandvården")
  };
  struct Item {
    std::string key;
    std::string label;
    std::string help;
    Select select = Select::one;
    std::vector<Option> options;

    [[nodiscard]] const Option* option(const std::string& value) const;
  };
  struct Band {
    std::string id;
    int min = 0;
    int max = 0;
    std::string label;
    Level level = Level::none;
    int likelihood = 1;
    int consequence = 1;
    std::optional<int> reassess_days;
    std::vector<std::string> actions;
  };

  std::string id;
  int version = 0;
  std::string title;
  std::string description;
  std::string source;
  std::string licence;
  Scoring scoring = Scoring::sum;
  std::string area;
  int reassess_days = 7;
  std::vector<Item> items;
  std::vector<Band> bands;  // ascending, covering lowest()..highest() once
  std::filesystem::path file;

  // The lowest and highest scores the items can give.
  [[nodiscard]] std::pair<int, int> score_range() const;
  [[nodiscard]] int lowest() const { return score_range().first; }
  [[nodiscard]] int highest() const { return score_range().second; }
  [[nodiscard]] const Item* item(const std::string& key) const;
  [[nodiscard]] const Band& band_for(int score) const;
};

[[nodiscard]] std::string_view to_string(ScoredInstrument::Level level);

// The options chosen per item key: one value for an item with select="one", any number for "many".
using InstrumentAnswers = std::map<std::string, std::vector<std::string>>;

struct InstrumentResult {
  int score = 0;
  ScoredInstrument::Band band;  // a copy: the result outlives the instrument it came from
  std::vector<std::string> notes;  // the chosen options' notes, in item order
  int reassess_days = 7;
};

// Reads and checks an instrument; throws ContentError naming file, line and element: an item without
// options, bands that overlap or leave a score without a band, a band below or above what the items give.
[[nodiscard]] ScoredInstrument read_scored_instrument(const std::filesystem::path& file);

// What is wrong with answers, item by item in people's words ("Rörlighet: \"5\" är inget svarsalternativ"):
// an unknown item, an option the item does not have, an item with select="one" unanswered or answered twice.
[[nodiscard]] std::vector<std::string> answer_problems(const ScoredInstrument& instrument, const InstrumentAnswers& answers);

// The score of complete answers; throws a validation Error listing answer_problems otherwise.
[[nodiscard]] InstrumentResult score(const ScoredInstrument& instrument, const InstrumentAnswers& answers);

}  // namespace trygg
