#include "mutator.hpp"

#include <array>
#include <cctype>
#include <vector>

namespace trygg::fuzz {
namespace {

using namespace std::string_view_literals;

// Values at the edges of what the schemas and readers hold: ints just past 32 bits, forms XSD
// accepts and a naive reader does not (padding, '+', leading zeros), zoned and impossible dates.
constexpr std::array<std::string_view, 40> edge_values{
    "0", "-1", "+1", " 7 ", "007", "2147483647", "2147483648", "-2147483649", "4294967296",
    "9223372036854775808", "99999999999999999999999", "1e309", "1.5", "-0", "0x10", "NaN", "INF", "",
    " ", "2026-12-24Z", "2026-12-24+01:00", " 2026-12-24 ", "-0001-01-01", "0000-01-01", "9999-12-31",
    "2026-02-30", "24:00", "23:60", "\xff\xfe", "\xc3", "\xe2\x80\xae", "&amp;", "&#10;", "&#0;",
    "&#x110000;", "\t2026-12-24\n", "2026-12-24T10:00", "1000001", "-8761", "\xef\xbb\xbf"};

constexpr std::array<std::string_view, 14> xml_tokens{
    "\xff", "\xc3(", "\0"sv, "&", "<", "]]>", "&#0;", "&#x110000;", "<!--", "<![CDATA[x]]>", "<?pi?>", " xmlns=\"urn:x\"",
    "&e;", "\xed\xa0\x80"};
constexpr std::array<std::string_view, 12> csv_tokens{
    ";", ",", "\"", "\n", "\r\n", "\xff", "\"\"", "\",\"", "\0"sv, "\xc3", "=cmd|'/C calc'!A0", "\r"};
constexpr std::array<std::string_view, 12> json_tokens{
    "{", "}", "[", "]", ",", ":", "\"", "\\u0000", "\\ud800", "null", "\xff", "1e999"};

const std::string& long_value()
{
  static const std::string value(70'000, 'a');
  return value;
}

bool name_char(char c)
{
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_' || c == ':' || c == '.';
}

}  // namespace

Mutator::Mutator(TextFormat format, std::uint64_t seed) : format_(format), random_(seed) {}

std::size_t Mutator::below(std::size_t bound)
{
  return bound == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, bound - 1)(random_);
}

std::string_view Mutator::interesting_value()
{
  return below(25) == 0 ? std::string_view(long_value()) : edge_values[below(edge_values.size())];
}

std::string Mutator::mutate(std::string text)
{
  const std::size_t count = 1 + below(3);
  // Past the readers' own limit (4 MiB), a larger file tests nothing more and costs seconds to write.
  constexpr std::size_t largest = 6U << 20U;
  for (std::size_t n = 0; n < count; ++n) {
    mutate_once(text);
    if (text.size() > largest) {
      text.resize(largest);
    }
  }
  return text;
}

void Mutator::mutate_once(std::string& text)
{
  // Structural mutations are weighted up: byte noise alone rarely gets past the parser.
  switch (below(16)) {
    case 0: flip_byte(text); break;
    case 1: erase_span(text); break;
    case 2: repeat_span(text); break;
    case 3: truncate(text); break;
    case 4:
    case 5: insert_token(text); break;
    case 6:
    case 7:
    case 8: replace_number(text); break;
    case 9:
    case 10:
    case 11: replace_quoted(text); break;
    case 12:
    case 13: format_ == TextFormat::xml ? repeat_element(text) : repeat_line(text); break;
    case 14: format_ == TextFormat::xml ? add_doctype(text) : repeat_line(text); break;
    default: nest_deeply(text); break;
  }
}

void Mutator::flip_byte(std::string& text)
{
  if (!text.empty()) {
    text[below(text.size())] ^= static_cast<char>(1U << below(8));
  }
}

void Mutator::erase_span(std::string& text)
{
  if (!text.empty()) {
    const auto at = below(text.size());
    text.erase(at, 1 + below(32));
  }
}

void Mutator::repeat_span(std::string& text)
{
  if (!text.empty()) {
    const auto at = below(text.size());
    const auto span = text.substr(at, 1 + below(64));
    for (std::size_t n = 1 + below(3); n > 0; --n) {
      text.insert(at, span);
    }
  }
}

void Mutator::truncate(std::string& text)
{
  text.resize(below(text.size() + 1));
}

void Mutator::insert_token(std::string& text)
{
  std::string_view token;
  switch (format_) {
    case TextFormat::xml: token = xml_tokens[below(xml_tokens.size())]; break;
    case TextFormat::csv: token = csv_tokens[below(csv_tokens.size())]; break;
    case TextFormat::json: token = json_tokens[below(json_tokens.size())]; break;
  }
  text.insert(below(text.size() + 1), token);
}

void Mutator::replace_number(std::string& text)
{
  std::vector<std::size_t> starts;
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (std::isdigit(static_cast<unsigned char>(text[at])) != 0 && (at == 0 || std::isdigit(static_cast<unsigned char>(text[at - 1])) == 0)) {
      starts.push_back(at);
    }
  }
  if (starts.empty()) {
    return insert_token(text);
  }
  const auto start = starts[below(starts.size())];
  auto end = start;
  while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end])) != 0) {
    ++end;
  }
  text.replace(start, end - start, interesting_value());
}

void Mutator::replace_quoted(std::string& text)
{
  // XML attribute values and JSON strings sit between double quotes; CSV fields between separators.
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  if (format_ == TextFormat::csv) {
    std::size_t begin = 0;
    for (std::size_t at = 0; at <= text.size(); ++at) {
      if (at == text.size() || text[at] == ',' || text[at] == ';' || text[at] == '\n') {
        spans.emplace_back(begin, at);
        begin = at + 1;
      }
    }
  } else {
    const std::string_view opener = format_ == TextFormat::xml ? "=\"" : "\"";
    for (auto at = text.find(opener); at != std::string::npos; at = text.find(opener, at + 1)) {
      const auto begin = at + opener.size();
      const auto end = text.find('"', begin);
      if (end == std::string::npos) {
        break;
      }
      spans.emplace_back(begin, end);
      if (format_ == TextFormat::json) {
        at = end;  // the closing quote opens no string
      }
    }
  }
  if (spans.empty()) {
    return insert_token(text);
  }
  const auto [begin, end] = spans[below(spans.size())];
  text.replace(begin, end - begin, interesting_value());
}

void Mutator::repeat_element(std::string& text)
{
  std::vector<std::size_t> starts;
  for (std::size_t at = 0; at + 1 < text.size(); ++at) {
    if (text[at] == '<' && std::isalpha(static_cast<unsigned char>(text[at + 1])) != 0) {
      starts.push_back(at);
    }
  }
  if (starts.size() < 2) {
    return repeat_span(text);
  }
  const auto start = starts[1 + below(starts.size() - 1)];  // never the root
  auto name_end = start + 1;
  while (name_end < text.size() && name_char(text[name_end])) {
    ++name_end;
  }
  const std::string name = text.substr(start + 1, name_end - start - 1);
  const auto tag_end = text.find('>', name_end);
  if (tag_end == std::string::npos) {
    return;
  }
  std::size_t end = tag_end + 1;
  if (text[tag_end - 1] != '/') {
    // Find the matching end tag, counting elements of the same name inside.
    int depth = 1;
    for (auto at = text.find(name, tag_end); at != std::string::npos && depth > 0; at = text.find(name, at + 1)) {
      const bool closing = at >= 2 && text.compare(at - 2, 2, "</") == 0;
      const bool opening = at >= 1 && text[at - 1] == '<' && !closing;
      const bool whole = at + name.size() < text.size() && !name_char(text[at + name.size()]);
      if (!whole) {
        continue;
      }
      if (closing && --depth == 0) {
        end = text.find('>', at);
        end = end == std::string::npos ? text.size() : end + 1;
      } else if (opening) {
        const auto inner_end = text.find('>', at);
        depth += inner_end != std::string::npos && text[inner_end - 1] != '/' ? 1 : 0;
      }
    }
    if (depth > 0) {
      return;
    }
  }
  constexpr std::array<std::size_t, 4> copies{1, 2, 40, 2500};
  const auto element = text.substr(start, end - start);
  std::string repeated;
  for (std::size_t n = copies[below(copies.size())]; n > 0; --n) {
    repeated += element;
  }
  text.insert(end, repeated);
}

void Mutator::add_doctype(std::string& text)
{
  const auto declaration_end = text.find("?>");
  const auto at = declaration_end == std::string::npos ? 0 : declaration_end + 2;
  text.insert(at, "<!DOCTYPE r [<!ENTITY e \"9\">]>");
  const auto value = text.find("=\"", at + 30);
  if (value != std::string::npos) {
    text.insert(value + 2, "&e;");
  }
}

void Mutator::repeat_line(std::string& text)
{
  std::vector<std::size_t> starts{0};
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (text[at] == '\n' && at + 1 < text.size()) {
      starts.push_back(at + 1);
    }
  }
  const auto start = starts[below(starts.size())];
  auto end = text.find('\n', start);
  end = end == std::string::npos ? text.size() : end + 1;
  const auto line = text.substr(start, end - start);
  constexpr std::array<std::size_t, 3> copies{2, 100, 5000};
  std::string repeated;
  for (std::size_t n = copies[below(copies.size())]; n > 0; --n) {
    repeated += line;
  }
  text.insert(end, repeated);
}

void Mutator::nest_deeply(std::string& text)
{
  const std::size_t depth = below(2) == 0 ? 300 : 20'000;
  std::string open;
  std::string close;
  for (std::size_t n = 0; n < depth; ++n) {
    open += format_ == TextFormat::xml ? "<n>" : format_ == TextFormat::json ? "[" : "\"";
    close += format_ == TextFormat::xml ? "</n>" : format_ == TextFormat::json ? "]" : "\"";
  }
  auto at = below(text.size() + 1);
  if (format_ == TextFormat::xml) {
    // Inside an element's content, where nesting is possible at all.
    const auto after_tag = text.find('>', at);
    at = after_tag == std::string::npos ? text.size() : after_tag + 1;
  }
  text.insert(at, open + close);
}

}  // namespace trygg::fuzz
