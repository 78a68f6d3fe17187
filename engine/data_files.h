// Reads the data folders (lexicons/, rules/) into memory and computes the
// content hash every result reports as its data version. Files are read in
// sorted order so the hash depends on content only. Thread-compatible.
#ifndef TRIAGE_ENGINE_DATA_FILES_H_
#define TRIAGE_ENGINE_DATA_FILES_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace triage {

struct DataFile {
  std::string path;      // as given, for error messages
  std::string relative;  // relative to its data folder ("en/cues.lex")
  std::string content;
};

// Every regular file under `dir` whose name ends with `suffix`, sorted by
// relative path. Fails when `dir` is missing or a file cannot be read.
absl::StatusOr<std::vector<DataFile>> ReadDataFiles(const std::string& dir, const std::string& suffix);

// A stable 64-bit FNV-1a hash of the files' relative paths and contents, as hex.
std::string ContentHash(const std::vector<const std::vector<DataFile>*>& sets);

}  // namespace triage

#endif  // TRIAGE_ENGINE_DATA_FILES_H_
