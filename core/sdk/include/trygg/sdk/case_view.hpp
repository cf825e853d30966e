#pragma once

#include <string>
#include <vector>

namespace trygg::sdk {

// The types in this file are frozen within a major version.

// A page a plugin adds to a case, as self-contained HTML. The shell shows it in its own frame and
// removes it with the plugin: a plugin never touches the shell's windows, and needs no GUI library.
struct CaseView {
  std::string id;
  std::string title;
  std::string html;
};

// Something a person can do to a case from the plugin's menu, e.g. "ready for discharge now".
struct CaseAction {
  std::string id;
  std::string label;
};

// A traffic-light judgement of a case, e.g. "hemgångsklar" or "SIP komplett": green, yellow or red,
// with each finding a person needs to act on. A red finding blocks (e.g. a plan the law does not
// accept); a yellow one warns.
struct CaseReadiness {
  enum class Level { green, yellow, red };
  struct Finding {
    Level level = Level::yellow;
    std::string text;
  };
  Level level = Level::green;
  std::string label;              // e.g. "Hemgångsklar"
  std::vector<Finding> findings;  // why not green

  // Adds a finding and raises the overall level to it.
  void add(Level finding_level, std::string text)
  {
    if (static_cast<int>(finding_level) > static_cast<int>(level)) {
      level = finding_level;
    }
    findings.push_back({finding_level, std::move(text)});
  }
  [[nodiscard]] bool blocking() const { return level == Level::red; }
};

// A figure the process works out for a case and people compare, e.g. the payment liability
// "5 dagar · 46 500 kr": shown in the case header, the case list and `trygg-cli case show`.
struct CaseFact {
  std::string key;     // stable, e.g. "liability"
  std::string label;   // "Betalningsansvar"
  std::string text;    // as people read it
  std::string brief;   // for a list column, e.g. "2026-12-27" (the day liability started)
  std::string detail;  // where it comes from (tooltip), e.g. the agreement and its source
  std::string json;    // the same as a JSON value for --json, or empty
  double sort_value = 0;  // for sorting a list by it
};

}  // namespace trygg::sdk
