#pragma once

#include "trygg/error.hpp"

namespace trygg {

// Anything the database refused, said so a person can act on it (which file, what went wrong).
// When a write fails nothing of it is kept and everything saved before is untouched. Its kind is
// storage unless said otherwise (a missing reason is validation, a closed case a conflict).
class StorageError : public Error {
public:
  explicit StorageError(const std::string& message) : Error(ErrorKind::storage, message) {}
  StorageError(ErrorKind kind, const std::string& message) : Error(kind, message) {}
};

}  // namespace trygg
