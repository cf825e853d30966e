#pragma once

#include "trygg/sdk/case_snapshot.hpp"
#include "trygg/sdk/case_view.hpp"
#include "trygg/sdk/changes.hpp"
#include "trygg/sdk/command_io.hpp"
#include "trygg/sdk/deadline.hpp"
#include "trygg/sdk/host.hpp"
#include "trygg/sdk/migration.hpp"
#include "trygg/sdk/notice.hpp"
#include "trygg/sdk/visibility.hpp"

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace trygg::sdk {

// What a compiled plugin adds to what its manifest and XML content already declare. The host calls
// a function only when the manifest declares the matching capability ("storage" -> migrations,
// "rules" -> deadlines, readiness and facts, "views" -> pages and actions, "commands" ->
// run_command), and catches everything a call throws.
//
// This interface is frozen for API 3.0. A later minor adds a subclass (Plugin_3_1 : Plugin) with
// the new functions; the host asks a plugin built for that minor through it, and never calls what
// an older plugin does not have.
class TRYGG_SDK_API Plugin {
public:
  Plugin() = default;
  Plugin(const Plugin&) = delete;
  Plugin& operator=(const Plugin&) = delete;
  virtual ~Plugin();

  // Called once by the host before anything else: the services this plugin may use.
  void attach(Host& host) { host_ = &host; }

  // Called once after attach, before anything else: read the plugin's own content (its data files).
  // Throw PluginError naming the file and what is wrong, and the plugin is rejected with that reason.
  virtual void start();

  // Capability "storage": the plugin's own tables, oldest step first.
  [[nodiscard]] virtual std::vector<Migration> migrations() const;

  // Capability "rules": the deadlines that apply to a case of one of the plugin's processes. They
  // follow from dated facts: the case's events, its tied cases' events and the plugin's records. The
  // host asks whenever one of those changes and keeps the answer; the snapshot it passes here has no
  // checklist items, risks or stored deadlines (a tick moves no deadline). Do not read the clock.
  [[nodiscard]] virtual std::vector<Deadline> deadlines(const CaseSnapshot& snapshot) const;
  // Capability "rules": a traffic-light judgement of the case, if the process has one.
  [[nodiscard]] virtual std::optional<CaseReadiness> readiness(const CaseSnapshot& snapshot) const;
  // Capability "rules": figures worked out for the case (e.g. payment liability).
  [[nodiscard]] virtual std::vector<CaseFact> facts(const CaseSnapshot& snapshot) const;

  // Capability "views": extra pages for a case of one of the plugin's processes.
  [[nodiscard]] virtual std::vector<CaseView> case_views(const CaseSnapshot& snapshot) const;
  // Capability "views": actions offered on such a case, and running one: what the action changes
  // goes into `changes`, which the host commits in one transaction; returns the message to show.
  [[nodiscard]] virtual std::vector<CaseAction> case_actions(const CaseSnapshot& snapshot) const;
  [[nodiscard]] virtual std::string run_action(const std::string& action_id, const CaseSnapshot& snapshot,
                                               Changes& changes) const;

  // A field of one of the plugin's records in the words people use, for the history:
  // ("plan", "/interventions/1/huvudman") -> "Insats 2: huvudman". Empty: the host shows the pointer.
  [[nodiscard]] virtual std::string field_label(const std::string& record_kind, const std::string& pointer) const;

  // Capability "commands": runs a trygg-cli subcommand the manifest declares, with the arguments
  // after its name; returns the exit code (0 success, 1 a "no" or an error already printed).
  virtual int run_command(const std::string& name, const std::vector<std::string>& arguments, CommandIo& io) const;

  // The demo data set on a new database: the plugin opens its own fictional cases through the host,
  // and may tie them to `demo_cases`, the ones other plugins made before it. Returns how many it made.
  virtual int seed_demo(const std::vector<CaseRow>& demo_cases) const;

protected:
  // The host's services; throws PluginError when the plugin was never attached (e.g. in a unit test).
  [[nodiscard]] Host& host() const;

private:
  Host* host_ = nullptr;
};

// What API 3.8 adds to a plugin. The host asks it only of plugins built for 3.8 or later.
class TRYGG_SDK_API Plugin_3_8 : public Plugin {
public:
  ~Plugin_3_8() override;
  // Notices for the case list (the desktop app's, above the list, and trygg-cli case list), shown to
  // people of the municipalities each names. Asked when the list is shown, so "today" is
  // sdk::swedish_today(); keep it quick (read content at start, not here).
  [[nodiscard]] virtual std::vector<Notice> notices() const;
};

// Thrown by a plugin to say why it cannot start or do something (e.g. missing configuration, an
// unknown action); the host shows the text with the plugin's name.
class TRYGG_SDK_API PluginError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
  ~PluginError() override;
};

}  // namespace trygg::sdk
