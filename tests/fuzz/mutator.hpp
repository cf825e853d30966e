#pragma once
// Deterministic mutations of a text file, shaped after the faults the review found: flipped and
// dropped bytes, truncation, bytes that are not UTF-8, numbers at and past the edges of what is read,
// dates with zones or padding, a DTD with an entity, elements and lines repeated thousands of times.
// The same seed always gives the same file, so a finding can be run again by its number.

#include <cstdint>
#include <random>
#include <string>
#include <string_view>

namespace trygg::fuzz {

enum class TextFormat { xml, csv, json };

class Mutator {
public:
  Mutator(TextFormat format, std::uint64_t seed);
  // One to three mutations of the text.
  [[nodiscard]] std::string mutate(std::string text);

private:
  void mutate_once(std::string& text);
  [[nodiscard]] std::size_t below(std::size_t bound);
  [[nodiscard]] std::string_view interesting_value();

  void flip_byte(std::string& text);
  void erase_span(std::string& text);
  void repeat_span(std::string& text);
  void truncate(std::string& text);
  void insert_token(std::string& text);
  void replace_number(std::string& text);
  void replace_quoted(std::string& text);
  void repeat_element(std::string& text);
  void add_doctype(std::string& text);
  void repeat_line(std::string& text);
  void nest_deeply(std::string& text);

  TextFormat format_;
  std::mt19937_64 random_;
};

}  // namespace trygg::fuzz
