#pragma once
// A reader under fuzz: the file format, its schema, the shipped files to start from, and the call
// that reads a file the way Trygg does. check_input says what a reader did wrong with one input.

#include "mutator.hpp"
#include "schema_types.hpp"

#include <exception>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace trygg::fuzz {

struct Reader {
  std::string name;  // also the folder of its regression files: tests/fuzz/regressions/<name>/
  TextFormat format = TextFormat::xml;
  std::string schema;  // "payment-agreement.xsd"; empty for CSV and JSON
  std::vector<std::filesystem::path> seeds;
  // Reads the file, throwing when it refuses it.
  std::function<void(const std::filesystem::path&)> read;
  // Whether an exception is a refusal with a message (by default ContentError and trygg::Error).
  std::function<bool(const std::exception&)> is_refusal;
};

// An input that made a reader misbehave, kept where it can be looked at and made a regression file.
struct Finding {
  std::filesystem::path input;
  std::string what;
};

class ReaderFuzz {
public:
  ReaderFuzz(Reader reader, std::filesystem::path work, std::filesystem::path findings);
  ReaderFuzz(const ReaderFuzz&) = delete;
  ReaderFuzz& operator=(const ReaderFuzz&) = delete;
  ~ReaderFuzz();

  // Every shipped seed as it is: each must be read without a refusal.
  [[nodiscard]] std::vector<Finding> seeds_accepted();
  // Every file in a folder of earlier findings: none may misbehave again.
  [[nodiscard]] std::vector<Finding> regressions(const std::filesystem::path& folder);
  // `runs` mutated files, spread over the seeds; the same seed and runs give the same files.
  [[nodiscard]] std::vector<Finding> mutated(int runs, std::uint64_t seed);

  [[nodiscard]] int inputs() const { return inputs_; }
  [[nodiscard]] int refused() const { return refused_; }
  [[nodiscard]] int schema_valid() const { return schema_valid_; }

private:
  // What went wrong reading this text as the seed's file; none when the reader behaved.
  std::optional<std::string> check(std::size_t seed, const std::string& text, bool must_accept);
  [[nodiscard]] std::filesystem::path keep(const std::string& label, const std::string& text) const;

  Reader reader_;
  std::filesystem::path work_;
  std::filesystem::path findings_;
  std::optional<SchemaTypes> types_;
  int inputs_ = 0;
  int refused_ = 0;
  int schema_valid_ = 0;
};

}  // namespace trygg::fuzz
