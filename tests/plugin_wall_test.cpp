// The plugin wall: the generic core, shell and command line name no process. Everything specific to
// a process (its ids, event kinds, types and rules) lives in its plugin's folder. The words come
// from the bundled plugins' manifests (process ids and event kinds, as string literals) and from the
// processes' own vocabulary (SIP, discharge, storhelg, staffing, payment liability, agreements).
// Core migrations may keep their words: they upgrade databases written before the wall.
#include "trygg/content_reader.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <set>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

// Files that may still name a process, each waiting to move into its plugin. The test fails when a
// file not listed here names a process, and when a listed file no longer does, so this list only
// shrinks. It is empty: everything a process knows lives in plugins/<process>/.
const std::set<std::string> not_yet_moved{};

std::string read(const fs::path& file)
{
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Process ids and event kinds the bundled plugins declare.
std::set<std::string> declared_words(const fs::path& plugins)
{
  std::set<std::string> words;
  for (const auto& entry : fs::directory_iterator(plugins)) {
    const auto manifest = entry.path() / "plugin.xml";
    if (!fs::exists(manifest)) {
      continue;
    }
    const auto parsed = trygg::read_plugin_manifest(manifest);
    for (const auto& process : parsed.processes) {
      words.insert(process.id);
    }
    for (const auto& event : parsed.events) {
      words.insert(event.kind);
    }
  }
  return words;
}

bool comment_line(const std::string& line)
{
  const auto first = line.find_first_not_of(" \t");
  return first == std::string::npos || line.compare(first, 2, "//") == 0 || line.compare(first, 1, "*") == 0 ||
         line.compare(first, 2, "/*") == 0;
}

}  // namespace

TEST_CASE("Plugin wall - core, the shell and the command line name no process")
{
  const fs::path source = TRYGG_SOURCE_DIR;
  const auto words = declared_words(source / "plugins");
  REQUIRE(words.count("sip") == 1);  // the manifests were read
  const std::regex vocabulary(
      R"(\b(sip[a-z_]*|discharge[a-z_]*|storhelg[a-z_]*|staffing[a-z_]*|payment_[a-z_]+|liabilit[a-z_]*|agreement[a-z_]*|routine[a-z_]*|utskrivning[a-z]*)\b)",
      std::regex::icase);

  std::map<std::string, std::string> offenders;  // file -> first offending line
  for (const char* folder : {"core", "gui", "cli"}) {
    for (const auto& entry : fs::recursive_directory_iterator(source / folder)) {
      const auto extension = entry.path().extension();
      if (!entry.is_regular_file() || (extension != ".cpp" && extension != ".hpp" && extension != ".h")) {
        continue;
      }
      const auto relative = fs::relative(entry.path(), source).generic_string();
      const auto name = entry.path().filename().string();
      if (name.find("schema") != std::string::npos || name.find("migration") != std::string::npos) {
        continue;
      }
      std::istringstream lines(read(entry.path()));
      int number = 0;
      for (std::string line; std::getline(lines, line);) {
        ++number;
        if (comment_line(line)) {
          continue;
        }
        line = line.substr(0, line.find("//"));  // what a comment says at the end of a line is prose
        bool named = std::regex_search(line, vocabulary);
        for (const auto& word : words) {
          named = named || line.find("\"" + word + "\"") != std::string::npos;
        }
        if (named) {
          offenders.emplace(relative, std::to_string(number) + ": " + line);
          break;
        }
      }
    }
  }
  for (const auto& [file, line] : offenders) {
    CAPTURE(line);
    CHECK_MESSAGE(not_yet_moved.count(file) == 1, file, " names a process; move that into the process's plugin");
  }
  for (const auto& file : not_yet_moved) {
    CHECK_MESSAGE(offenders.count(file) == 1, file, " no longer names a process: take it off the list");
  }
}
