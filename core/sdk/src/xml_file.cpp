#include "trygg/sdk/xml_file.hpp"

#include "trygg/sdk/text.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace trygg::sdk {

std::string read_text_file(const std::filesystem::path& file)
{
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error)) {
    throw ContentError({{file, 0, {}, tr("filen finns inte")}});
  }
  // Content files are small (the bundled ones are a few kB); a huge one is a mistake or an attack on
  // start-up time, and is refused before it is read.
  constexpr std::uintmax_t limit = 4U * 1024U * 1024U;
  if (const auto size = std::filesystem::file_size(file, error); !error && size > limit) {
    throw ContentError({{file, 0, {}, trf("filen är {} MiB; en innehållsfil får vara högst {} MiB", size / (1024U * 1024U), limit / (1024U * 1024U))}});
  }
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) {
    throw ContentError({{file, 0, {}, tr("filen kunde inte läsas")}});
  }
  return std::move(text).str();
}

std::optional<ContentProblem> doctype_problem(const std::filesystem::path& file, std::string_view text)
{
  // No DTD: entities it declares would be read one way by the schema check and another by the reader
  // (and can be made to grow without bound). Trygg's formats need none.
  if (text.find("<!DOCTYPE") == std::string_view::npos) {
    return std::nullopt;
  }
  return ContentProblem{file, 0, {}, tr("en DTD (<!DOCTYPE …>) är inte tillåten i Tryggs XML-filer; ta bort den")};
}

XmlFile XmlFile::load(const std::filesystem::path& file, std::string_view root, std::string_view schema)
{
  return parse(read_text_file(file), file, root, schema);
}

XmlFile XmlFile::parse(std::string text, const std::filesystem::path& where, std::string_view root,
                       std::string_view schema)
{
  if (auto refused = doctype_problem(where, text)) {
    throw ContentError({std::move(*refused)});
  }
  XmlFile file;
  file.path_ = where;
  file.text_ = std::move(text);
  const auto parsed = file.document_.load_buffer(file.text_.data(), file.text_.size());
  if (!parsed) {
    // Let libxml2 describe syntax errors: its messages carry the line.
    auto problems = validate_against_schema(where, file.text_, schema);
    if (problems.empty()) {
      problems.push_back({where, 0, {}, parsed.description()});
    }
    throw ContentError(std::move(problems));
  }
  // Counted before the schema check, whose cost grows with the document: thousands of repeated
  // elements are a mistake or an attack on start-up time, never a checklist.
  constexpr std::size_t most_elements = 20000;
  struct Counter : pugi::xml_tree_walker {
    std::size_t elements = 0;
    bool for_each(pugi::xml_node& node) override
    {
      elements += node.type() == pugi::node_element ? 1 : 0;
      return elements <= most_elements;
    }
  } counter;
  file.document_.traverse(counter);
  if (counter.elements > most_elements) {
    throw ContentError({{where, 0, {}, trf("filen har fler än {} element; en innehållsfil är mycket mindre", most_elements)}});
  }
  const std::string actual_root = file.root().name();
  if (actual_root != root) {
    throw ContentError({file.problem(file.root(), trf("väntade rotelementet <{}>", root))});
  }
  if (auto problems = validate_against_schema(where, file.text_, schema); !problems.empty()) {
    throw ContentError(std::move(problems));
  }
  return file;
}

ContentProblem XmlFile::problem(pugi::xml_node node, std::string message) const
{
  const auto offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(node.offset_debug(), 0));
  const auto end = text_.begin() + static_cast<std::ptrdiff_t>(std::min(offset, text_.size()));
  const int line = 1 + static_cast<int>(std::count(text_.begin(), end, '\n'));
  return {path_, line, node.name(), std::move(message)};
}

}  // namespace trygg::sdk
