// A well-behaved plugin: content, a migration, one rule (24 hours after "started"), a fact, actions
// that write through the host (an event and a record in one act, or a record of an undeclared kind),
// field labels for its record, and two commands.
#include "trygg/sdk/plugin_entry.hpp"

#include <string>

namespace {

using namespace trygg;

class GoodPlugin final : public sdk::Plugin {
public:
  [[nodiscard]] std::vector<sdk::Migration> migrations() const override
  {
    return {{1, "CREATE TABLE test_good_note (id INTEGER PRIMARY KEY, text TEXT NOT NULL);"},
            {2, "ALTER TABLE test_good_note ADD COLUMN author TEXT NOT NULL DEFAULT '';"}};
  }

  [[nodiscard]] std::vector<sdk::Deadline> deadlines(const sdk::CaseSnapshot& snapshot) const override
  {
    std::vector<sdk::Deadline> result;
    if (const auto started = snapshot.latest("started")) {
      result.push_back({"first-day", "Inom ett dygn", "test", *started + std::chrono::hours(24), snapshot.latest("finished")});
    }
    return result;
  }

  [[nodiscard]] std::vector<sdk::CaseFact> facts(const sdk::CaseSnapshot& snapshot) const override
  {
    const auto count = std::to_string(snapshot.events().size());
    return {{"events", "Händelser", count, count, "test", count, static_cast<double>(snapshot.events().size())}};
  }

  [[nodiscard]] std::vector<sdk::CaseAction> case_actions(const sdk::CaseSnapshot& /*snapshot*/) const override
  {
    return {{"note", "Anteckna"}, {"undeclared", "Spara okänd post"}, {"throws", "Kastar"}};
  }

  [[nodiscard]] std::string run_action(const std::string& action_id, const sdk::CaseSnapshot& snapshot,
                                       sdk::Changes& changes) const override
  {
    if (action_id == "note") {
      changes.add_event("noted", snapshot.now()).put_record("note", R"({"text": "antecknat", "count": 1})");
      return "Antecknat.";
    }
    if (action_id == "undeclared") {
      changes.add_event("noted", snapshot.now()).put_record("secret", R"({"text": "inte deklarerad"})");
      return "Sparat.";
    }
    throw sdk::PluginError("det här gick inte");
  }

  [[nodiscard]] std::string field_label(const std::string& record_kind, const std::string& pointer) const override
  {
    return record_kind == "note" && pointer == "/text" ? "text" : std::string();
  }

  int run_command(const std::string& name, const std::vector<std::string>& arguments, sdk::CommandIo& io) const override
  {
    if (name == "good-echo") {
      for (const auto& argument : arguments) {
        io.out(argument + "\n");
      }
      return arguments.empty() ? 1 : 0;
    }
    // good-note CASE [TEXT]: shows the case's note, or saves TEXT as it.
    if (arguments.empty()) {
      io.err("good-note: ärende saknas\n");
      return 1;
    }
    const std::int64_t id = std::stoll(arguments[0]);
    if (arguments.size() > 1) {
      host().commit(sdk::Changes(id).put_record("note", "{\"text\": \"" + arguments[1] + "\"}"));
    }
    io.out(host().record(id, "note").value_or("ingen") + "\n");
    return 0;
  }
};

}  // namespace

TRYGG_PLUGIN(GoodPlugin)
