// Reads the data folders (lexicons/, rules/) into memory and computes the
// content hash every result reports as its data version. Files are read in
// sorted order so the hash depends on content only. Thread-compatible.
#ifndef TRIAGE_ENGINE_DATA_FILES_H_
#define TRIAGE_ENGINE_DATA_FILES_H_

#include <functional>
#include <string>
#include <string_view>
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

// One line of a data file, as parsers see it: without a trailing '\r', with
// its number, and a maker of the "path:line: reason" errors every data file
// reports.
struct DataLine {
  std::string_view text;
  int number = 0;
  std::string_view path;
  absl::Status Error(std::string_view reason) const;
};

// Calls `fn` for every line of `content` that is neither blank nor a comment
// (first non-blank character '#'); stops at the first error `fn` returns.
absl::Status ForEachDataLine(std::string_view path, std::string_view content,
                             const std::function<absl::Status(const DataLine&)>& fn);

// A stable 64-bit FNV-1a hash of the files' relative paths and contents, as hex.
std::string ContentHash(const std::vector<const std::vector<DataFile>*>& sets);

}  // namespace triage

#endif  // TRIAGE_ENGINE_DATA_FILES_H_
