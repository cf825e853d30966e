#pragma once
// Plugins' XML content in the reader's language. Content is written in the region's language
// (Swedish for the bundled plugins) and stays so in files and in the database; what people read goes
// through the catalog, where po/content.its has extracted the bundled plugins' names, labels and
// texts. Content the catalog does not know (a region's own plugin) is shown as written.

#include "trygg/checklist.hpp"
#include "trygg/plugin_manifest.hpp"
#include "trygg/record_form.hpp"
#include "trygg/risk.hpp"
#include "trygg/scored_instrument.hpp"

#include <string>

namespace trygg {

// One text of content: looked up with its whitespace as the extractor sees it (runs collapsed).
[[nodiscard]] std::string tr_content(const std::string& text);

void translate(PluginManifest& manifest);
void translate(RecordForm& form);
void translate(ScoredInstrument& instrument);
void translate(RiskTemplate& risk_template);
void translate(Checklist& checklist);

}  // namespace trygg
