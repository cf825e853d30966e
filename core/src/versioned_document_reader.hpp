#pragma once

#include "trygg/versioned_document.hpp"
#include "xml_file.hpp"

namespace trygg {

// Reads the attributes and <source> every versioned document's root element carries.
void read_document_header(const XmlFile& xml, ProblemList& problems, VersionedDocument& document);

}  // namespace trygg
