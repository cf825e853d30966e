#include "trygg/sdk/versioned_document.hpp"

#include "trygg/sdk/swedish_time.hpp"
#include "trygg/sdk/text.hpp"

namespace trygg::sdk {

void read_document_header(const XmlFile& xml, ProblemList& problems, VersionedDocument& document)
{
  const auto root = xml.root();
  document.file = xml.path();
  document.id = root.attribute("id").value();
  document.version = root.attribute("version").as_int();
  document.name = root.attribute("name").value();
  document.example = root.attribute("example").as_bool();
  document.source = root.child_value("source");
  document.valid_from = from_iso_date(root.attribute("valid-from").value()).value_or(std::chrono::year_month_day{});
  if (const auto valid_to = root.attribute("valid-to")) {
    document.valid_to = from_iso_date(valid_to.value());
    if (document.valid_to && *document.valid_to < document.valid_from) {
      problems.add(root, tr("valid-to ligger före valid-from"));
    }
  }
}

}  // namespace trygg::sdk
