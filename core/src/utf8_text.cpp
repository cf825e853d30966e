#include "utf8_text.hpp"

#include "trygg/i18n.hpp"
#include "trygg/storage_error.hpp"

namespace trygg {

void require_utf8(std::string_view text, std::string_view what)
{
  if (const auto at = invalid_utf8_at(text)) {
    throw StorageError(ErrorKind::validation,
                       trf("{} är inte giltig text (UTF-8): fel vid byte {}. Inget sparades; skriv in texten igen.", what, *at + 1));
  }
}

}  // namespace trygg
