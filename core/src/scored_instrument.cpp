#include "trygg/scored_instrument.hpp"

#include "trygg/content_translation.hpp"
#include "trygg/error.hpp"
#include "trygg/i18n.hpp"
#include "xml_file.hpp"

#include <algorithm>

namespace trygg {
namespace {

// What one item can add to the score, lowest and highest: select="one" gives one option's points;
// "many" gives the chosen options' points summed (sum) or the highest chosen (max), and nothing chosen 0.
std::pair<int, int> item_range(const ScoredInstrument::Item& item, ScoredInstrument::Scoring scoring)
{
  int low = 0;
  int high = 0;
  if (item.select == ScoredInstrument::Select::one) {
    low = item.options.front().points;
    high = low;
    for (const auto& option : item.options) {
      low = std::min(low, option.points);
      high = std::max(high, option.points);
    }
    return {low, high};
  }
  for (const auto& option : item.options) {
    if (scoring == ScoredInstrument::Scoring::sum) {
      low += std::min(0, option.points);
      high += std::max(0, option.points);
    } else {
      low = std::min(low, option.points);
      high = std::max(high, option.points);
    }
  }
  return {low, high};
}

ScoredInstrument::Level level_from(std::string_view name)
{
  return name == "high" ? ScoredInstrument::Level::high : name == "risk" ? ScoredInstrument::Level::risk : ScoredInstrument::Level::none;
}

}  // namespace

std::string_view to_string(ScoredInstrument::Level level)
{
  switch (level) {
    case ScoredInstrument::Level::none: return "none";
    case ScoredInstrument::Level::risk: return "risk";
    case ScoredInstrument::Level::high: return "high";
  }
  return "none";
}

const ScoredInstrument::Option* ScoredInstrument::Item::option(const std::string& value) const
{
  const auto found = std::find_if(options.begin(), options.end(), [&](const Option& option) { return option.value == value; });
  return found == options.end() ? nullptr : &*found;
}

std::pair<int, int> ScoredInstrument::score_range() const
{
  std::pair<int, int> range{0, 0};
  bool first = true;
  for (const auto& item : items) {
    const auto [low, high] = item_range(item, scoring);
    if (scoring == Scoring::sum) {
      range = {range.first + low, range.second + high};
    } else {
      range = first ? std::pair{low, high} : std::pair{std::max(range.first, low), std::max(range.second, high)};
    }
    first = false;
  }
  return range;
}

const ScoredInstrument::Item* ScoredInstrument::item(const std::string& key) const
{
  const auto found = std::find_if(items.begin(), items.end(), [&](const Item& item) { return item.key == key; });
  return found == items.end() ? nullptr : &*found;
}

const ScoredInstrument::Band& ScoredInstrument::band_for(int score) const
{
  for (const auto& band : bands) {
    if (score >= band.min && score <= band.max) {
      return band;
    }
  }
  // The reader refuses bands that leave a score out; a score outside lowest()..highest() is a caller's bug.
  return score < bands.front().min ? bands.front() : bands.back();
}

ScoredInstrument read_scored_instrument(const std::filesystem::path& file)
{
  const auto xml = XmlFile::load(file, "scored-instrument", "scored-instrument.xsd");
  ProblemList problems(xml);
  const auto root = xml.root();
  ScoredInstrument instrument;
  instrument.file = file;
  instrument.id = root.attribute("id").value();
  instrument.version = root.attribute("version").as_int();
  instrument.title = root.attribute("title").value();
  instrument.description = root.child_value("description");
  instrument.source = root.child_value("source");
  instrument.licence = root.child_value("licence");
  instrument.scoring = std::string_view(root.attribute("scoring").value()) == "max" ? ScoredInstrument::Scoring::max
                                                                                    : ScoredInstrument::Scoring::sum;
  instrument.area = root.attribute("area").value();
  instrument.reassess_days = root.attribute("reassess-days").as_int(7);
  for (const auto node : root.children("item")) {
    ScoredInstrument::Item item{node.attribute("key").value(), node.attribute("label").value(), node.child_value("help"),
                                std::string_view(node.attribute("select").value()) == "many" ? ScoredInstrument::Select::many
                                                                                              : ScoredInstrument::Select::one,
                                {}};
    for (const auto option : node.children("option")) {
      item.options.push_back({option.attribute("value").value(), option.attribute("label").value(), option.attribute("points").as_int(),
                              option.attribute("note").value()});
    }
    instrument.items.push_back(std::move(item));
  }
  std::vector<pugi::xml_node> band_nodes;
  for (const auto node : root.children("band")) {
    ScoredInstrument::Band band{node.attribute("id").value(), node.attribute("min").as_int(), node.attribute("max").as_int(),
                                node.attribute("label").value(), level_from(node.attribute("level").value()),
                                node.attribute("likelihood").as_int(1), node.attribute("consequence").as_int(1), std::nullopt, {}};
    if (const auto days = node.attribute("reassess-days")) {
      band.reassess_days = days.as_int();
    }
    for (const auto action : node.children("action")) {
      band.actions.emplace_back(action.child_value());
    }
    if (band.min > band.max) {
      problems.add(node, trf("bandet \"{}\" börjar på {} men slutar på {}", band.id, band.min, band.max));
    }
    instrument.bands.push_back(std::move(band));
    band_nodes.push_back(node);
  }
  problems.throw_if_any();

  // Every score the items can give falls in exactly one band, so a result always has a level.
  std::vector<std::size_t> order(instrument.bands.size());
  for (std::size_t index = 0; index < order.size(); ++index) {
    order[index] = index;
  }
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return instrument.bands[a].min < instrument.bands[b].min; });
  const int lowest = instrument.lowest();
  const int highest = instrument.highest();
  int next = lowest;  // the lowest score no band has covered yet
  for (const std::size_t index : order) {
    const auto& band = instrument.bands[index];
    if (band.min > next && next <= highest) {
      problems.add(band_nodes[index], trf("poäng {}–{} har inget band", next, std::min(band.min - 1, highest)));
    } else if (band.min < next) {
      problems.add(band_nodes[index], band.min < lowest ? trf("bandet \"{}\" börjar på {}, men lägsta möjliga poäng är {}", band.id, band.min, lowest)
                                                         : trf("bandet \"{}\" överlappar ett annat band ({}–{})", band.id, band.min,
                                                               std::min(band.max, next - 1)));
    }
    if (band.max > highest) {
      problems.add(band_nodes[index], trf("bandet \"{}\" slutar på {}, men högsta möjliga poäng är {}", band.id, band.max, highest));
    }
    next = std::max(next, band.max + 1);
  }
  if (next <= highest) {
    problems.add(root, trf("poäng {}–{} har inget band", next, highest));
  }
  problems.throw_if_any();
  std::sort(instrument.bands.begin(), instrument.bands.end(), [](const auto& a, const auto& b) { return a.min < b.min; });
  translate(instrument);  // what people read, in their language
  return instrument;
}

std::vector<std::string> answer_problems(const ScoredInstrument& instrument, const InstrumentAnswers& answers)
{
  std::vector<std::string> problems;
  for (const auto& [key, chosen] : answers) {
    const auto* item = instrument.item(key);
    if (item == nullptr) {
      problems.push_back(trf("\"{}\" är ingen fråga i {}", key, instrument.title));
      continue;
    }
    for (const auto& value : chosen) {
      if (item->option(value) == nullptr) {
        problems.push_back(trf("{}: \"{}\" är inget svarsalternativ", item->label, value));
      }
    }
    if (item->select == ScoredInstrument::Select::one && chosen.size() > 1) {
      problems.push_back(trf("{}: ett svar, inte {}", item->label, chosen.size()));
    }
  }
  for (const auto& item : instrument.items) {
    const auto found = answers.find(item.key);
    if (item.select == ScoredInstrument::Select::one && (found == answers.end() || found->second.empty())) {
      problems.push_back(trf("{}: obesvarad", item.label));
    }
  }
  return problems;
}

InstrumentResult score(const ScoredInstrument& instrument, const InstrumentAnswers& answers)
{
  if (const auto problems = answer_problems(instrument, answers); !problems.empty()) {
    std::string text;
    for (const auto& problem : problems) {
      text += "\n– " + problem;
    }
    throw Error(ErrorKind::validation, trf("{} kan inte räknas ut:{}", instrument.title, text));
  }
  InstrumentResult result;
  bool first = true;
  for (const auto& item : instrument.items) {
    const auto found = answers.find(item.key);
    int points = 0;
    if (found != answers.end()) {
      bool any = false;
      for (const auto& value : found->second) {
        const auto* option = item.option(value);
        if (instrument.scoring == ScoredInstrument::Scoring::sum) {
          points += option->points;
        } else {
          points = any ? std::max(points, option->points) : option->points;
        }
        any = true;
        if (!option->note.empty()) {
          result.notes.push_back(item.label + ": " + option->note);
        }
      }
    }
    result.score = instrument.scoring == ScoredInstrument::Scoring::sum ? result.score + points : (first ? points : std::max(result.score, points));
    first = false;
  }
  result.band = instrument.band_for(result.score);
  result.reassess_days = result.band.reassess_days.value_or(instrument.reassess_days);
  return result;
}

}  // namespace trygg
