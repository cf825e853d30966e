#include "reader_fuzz.hpp"

#include "utf8_text.hpp"

#include "trygg/error.hpp"
#include "trygg/sdk/content_error.hpp"
#include "trygg/sdk/xml_file.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <cxxabi.h>
#include <fstream>
#include <memory>
#include <typeinfo>

namespace trygg::fuzz {
namespace {

// Far above what any shipped file needs (milliseconds), far below the review's 10 s stalls.
constexpr double hang_seconds = 10.0;
// A reader that misbehaves usually does so often; the first few say enough.
constexpr std::size_t findings_kept = 12;

std::string contents(const std::filesystem::path& file)
{
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string type_name(const std::exception& error)
{
  int status = 0;
  const std::unique_ptr<char, decltype(&std::free)> name(abi::__cxa_demangle(typeid(error).name(), nullptr, nullptr, &status),
                                                          &std::free);
  return status == 0 && name ? name.get() : typeid(error).name();
}

bool default_refusal(const std::exception& error)
{
  return dynamic_cast<const sdk::ContentError*>(&error) != nullptr || dynamic_cast<const Error*>(&error) != nullptr;
}

// Where a message shows bytes that are not UTF-8: a dialog would show nothing, JSON would fail.
std::string printable(std::string_view text)
{
  std::string out;
  for (const char c : text.substr(0, 300)) {
    out += static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x80 ? '?' : c;
  }
  return out;
}

// The run's own sequence of mutations: the reader's name, the campaign's seed and the run number.
std::uint64_t mix(std::uint64_t seed, std::string_view name, int run)
{
  std::uint64_t hash = 1469598103934665603ULL ^ seed;
  for (const char c : name) {
    hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  }
  return (hash ^ static_cast<std::uint64_t>(run)) * 1099511628211ULL;
}

}  // namespace

ReaderFuzz::ReaderFuzz(Reader reader, std::filesystem::path work, std::filesystem::path findings)
    : reader_(std::move(reader)), work_(std::move(work)), findings_(std::move(findings))
{
  if (!reader_.is_refusal) {
    reader_.is_refusal = default_refusal;
  }
  if (!reader_.schema.empty()) {
    types_ = SchemaTypes::of(std::filesystem::path(TRYGG_SOURCE_DIR) / "schemas" / reader_.schema);
  }
  // Each seed is read in a copy of its folder, so a manifest finds the content it names.
  for (std::size_t seed = 0; seed < reader_.seeds.size(); ++seed) {
    std::filesystem::create_directories(work_ / std::to_string(seed));
    std::filesystem::copy(reader_.seeds[seed].parent_path(), work_ / std::to_string(seed), std::filesystem::copy_options::recursive);
  }
}

ReaderFuzz::~ReaderFuzz()
{
  std::error_code ignored;
  std::filesystem::remove_all(work_, ignored);
}

std::optional<std::string> ReaderFuzz::check(std::size_t seed, const std::string& text, bool must_accept)
{
  ++inputs_;
  const auto file = work_ / std::to_string(seed) / reader_.seeds[seed].filename();
  std::ofstream(file, std::ios::binary | std::ios::trunc).write(text.data(), static_cast<std::streamsize>(text.size()));

  const auto started = std::chrono::steady_clock::now();
  std::optional<std::string> refusal;
  try {
    reader_.read(file);
  } catch (const std::exception& error) {
    if (!reader_.is_refusal(error)) {
      return "threw " + type_name(error) + " instead of refusing with a message: " + printable(error.what());
    }
    refusal = error.what();
    if (const auto* content = dynamic_cast<const sdk::ContentError*>(&error)) {
      if (content->problems().empty()) {
        return std::string("refused without saying why");
      }
      for (const auto& problem : content->problems()) {
        if (problem.file.empty()) {
          return "a problem names no file: " + printable(problem.message);
        }
      }
    }
    if (refusal->empty()) {
      return std::string("refused with an empty message");
    }
    if (const auto at = invalid_utf8_at(*refusal)) {
      return "the message is not UTF-8 at byte " + std::to_string(*at) + ": " + printable(*refusal);
    }
  }
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
  if (took.count() > hang_seconds) {
    return "took " + std::to_string(took.count()) + " s to read a file of " + std::to_string(text.size()) + " bytes";
  }
  refused_ += refusal ? 1 : 0;
  if (must_accept && refusal) {
    return "a shipped file was refused: " + printable(*refusal);
  }
  if (!types_) {
    return std::nullopt;
  }
  // The schema's verdict on the same text, and what it says the values are.
  const auto doctype = sdk::doctype_problem(file, text);
  const auto problems = doctype ? std::vector<sdk::ContentProblem>{} : sdk::validate_against_schema(file, text, reader_.schema);
  const bool valid = !doctype && problems.empty();
  if (!refusal && !valid) {
    return "read although the schema refuses it: " + printable(doctype ? doctype->describe() : problems.front().describe());
  }
  if (valid) {
    ++schema_valid_;
    pugi::xml_document document;
    if (!document.load_buffer(text.data(), text.size())) {
      return std::string("passes the schema but pugixml cannot parse it");
    }
    if (auto wrong = misread_value(document, *types_)) {
      return "passes the schema but is read otherwise: " + printable(*wrong);
    }
  }
  return std::nullopt;
}

std::filesystem::path ReaderFuzz::keep(const std::string& label, const std::string& text) const
{
  std::filesystem::create_directories(findings_);
  const auto file = findings_ / (reader_.name + "-" + label + reader_.seeds.front().extension().string());
  std::ofstream(file, std::ios::binary | std::ios::trunc).write(text.data(), static_cast<std::streamsize>(text.size()));
  return file;
}

std::vector<Finding> ReaderFuzz::seeds_accepted()
{
  std::vector<Finding> findings;
  for (std::size_t seed = 0; seed < reader_.seeds.size(); ++seed) {
    if (auto wrong = check(seed, contents(reader_.seeds[seed]), true)) {
      findings.push_back({reader_.seeds[seed], *wrong});
    }
  }
  return findings;
}

std::vector<Finding> ReaderFuzz::regressions(const std::filesystem::path& folder)
{
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    if (entry.is_regular_file()) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<Finding> findings;
  for (const auto& file : files) {
    if (auto wrong = check(0, contents(file), false)) {
      findings.push_back({file, *wrong});
    }
  }
  return findings;
}

std::vector<Finding> ReaderFuzz::mutated(int runs, std::uint64_t seed)
{
  std::vector<std::string> seed_texts;
  for (const auto& file : reader_.seeds) {
    seed_texts.push_back(contents(file));
  }
  std::vector<Finding> findings;
  for (int run = 0; run < runs && findings.size() < findings_kept; ++run) {
    const auto from = static_cast<std::size_t>(run) % seed_texts.size();
    Mutator mutator(reader_.format, mix(seed, reader_.name, run));
    const auto text = mutator.mutate(seed_texts[from]);
    const bool trace = std::getenv("TRYGG_FUZZ_TRACE") != nullptr;
    if (trace) {
      std::cerr << reader_.name << " run " << run << " (" << text.size() << " bytes)" << std::flush;  // which input hangs
    }
    const auto started = std::chrono::steady_clock::now();
    if (auto wrong = check(from, text, false)) {
      findings.push_back({keep("seed" + std::to_string(seed) + "-run" + std::to_string(run), text), *wrong});
    }
    if (trace) {
      std::cerr << ": " << std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() << " s\n";
    }
  }
  return findings;
}

}  // namespace trygg::fuzz
