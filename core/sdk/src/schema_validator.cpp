#include "embedded_schemas.hpp"
#include "trygg/sdk/text.hpp"
#include "trygg/sdk/xml_file.hpp"
#include "trygg/sdk/utf8.hpp"

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace trygg::sdk {
namespace {

struct SchemaDeleter {
  void operator()(xmlSchema* schema) const { xmlSchemaFree(schema); }
};
struct ParserContextDeleter {
  void operator()(xmlSchemaParserCtxt* context) const { xmlSchemaFreeParserCtxt(context); }
};
struct ValidContextDeleter {
  void operator()(xmlSchemaValidCtxt* context) const { xmlSchemaFreeValidCtxt(context); }
};
struct DocumentDeleter {
  void operator()(xmlDoc* document) const { xmlFreeDoc(document); }
};
using SchemaPtr = std::unique_ptr<xmlSchema, SchemaDeleter>;

struct Collector {
  std::filesystem::path file;
  std::vector<ContentProblem> problems;
  std::size_t more = 0;  // past problems_told, only counted
};

std::string trimmed(const char* message)
{
  std::string text = message != nullptr ? message : "";
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) {
    text.pop_back();
  }
  return text;
}

void collect(void* user_data, xmlErrorPtr error)
{
  auto& collector = *static_cast<Collector*>(user_data);
  if (collector.problems.size() >= problems_told) {
    ++collector.more;
    return;
  }
  std::string element;
  if (error->node != nullptr) {
    const auto* node = static_cast<const xmlNode*>(error->node);
    if (node->type == XML_ELEMENT_NODE && node->name != nullptr) {
      element = reinterpret_cast<const char*>(node->name);
    }
  }
  collector.problems.push_back({collector.file, error->line, element, trimmed(error->message)});
}

// Schemas are compiled once per process; libxml2 schema objects may be shared read-only across
// validations.
const xmlSchema* compiled_schema(std::string_view schema_name)
{
  static std::mutex mutex;
  static std::map<std::string, SchemaPtr, std::less<>> cache;
  const std::lock_guard lock(mutex);
  if (const auto found = cache.find(schema_name); found != cache.end()) {
    return found->second.get();
  }
  const auto text = embedded_schema(schema_name);
  if (!text) {
    return nullptr;
  }
  const std::unique_ptr<xmlSchemaParserCtxt, ParserContextDeleter> parser(
      xmlSchemaNewMemParserCtxt(text->data(), static_cast<int>(text->size())));
  SchemaPtr schema(xmlSchemaParse(parser.get()));
  return cache.emplace(std::string(schema_name), std::move(schema)).first->second.get();
}

}  // namespace

std::vector<ContentProblem> validate_against_schema(const std::filesystem::path& file, std::string_view text,
                                                    std::string_view schema_name)
{
  Collector collector{file, {}};
  if (const auto refused = doctype_problem(file, text)) {
    return {*refused};
  }
  const xmlSchema* schema = compiled_schema(schema_name);
  if (schema == nullptr) {
    collector.problems.push_back({file, 0, {}, trf("internt fel: schemat {} saknas", schema_name)});
    return collector.problems;
  }

  xmlSetStructuredErrorFunc(&collector, collect);
  const std::unique_ptr<xmlDoc, DocumentDeleter> document(
      xmlReadMemory(text.data(), static_cast<int>(text.size()), file.string().c_str(), nullptr,
                    XML_PARSE_NONET));
  if (document) {
    const std::unique_ptr<xmlSchemaValidCtxt, ValidContextDeleter> validator(
        xmlSchemaNewValidCtxt(const_cast<xmlSchema*>(schema)));
    xmlSchemaSetValidStructuredErrors(validator.get(), collect, &collector);
    xmlSchemaValidateDoc(validator.get(), document.get());
  } else if (collector.problems.empty()) {
    collector.problems.push_back({file, 0, {}, tr("filen är inte läsbar XML")});
  }
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  if (collector.more > 0) {
    collector.problems.push_back(more_problems(file, collector.more));
  }
  for (auto& problem : collector.problems) {
    problem.message = valid_utf8(problem.message);  // libxml2 quotes the file's own bytes
  }
  return collector.problems;
}

bool is_known_schema(std::string_view schema_name)
{
  return embedded_schema(schema_name).has_value();
}

}  // namespace trygg::sdk
