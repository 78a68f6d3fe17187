#include "engine/data_files.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/util/strings.h"

namespace triage {

absl::Status DataLine::Error(std::string_view reason) const {
  return absl::InvalidArgumentError(StrCat(path, ":", number, ": ", reason));
}

absl::Status ForEachDataLine(std::string_view path, std::string_view content,
                             const std::function<absl::Status(const DataLine&)>& fn) {
  DataLine line;
  line.path = path;
  for (std::string_view text : Split(content, '\n')) {
    ++line.number;
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    const std::string_view trimmed = Trim(text);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    line.text = text;
    if (absl::Status s = fn(line); !s.ok()) return s;
  }
  return absl::OkStatus();
}

absl::StatusOr<std::vector<DataFile>> ReadDataFiles(const std::string& dir, const std::string& suffix) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return absl::NotFoundError(StrCat(dir, ": no such data folder"));
  std::vector<DataFile> files;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    const std::string name = it->path().filename().string();
    if (name.size() < suffix.size() || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0) {
      continue;
    }
    std::ifstream in(it->path(), std::ios::binary);
    if (!in) return absl::NotFoundError(StrCat(it->path().string(), ": cannot read"));
    std::ostringstream content;
    content << in.rdbuf();
    files.push_back({it->path().string(), fs::relative(it->path(), dir).string(), content.str()});
  }
  if (ec) return absl::NotFoundError(StrCat(dir, ": ", ec.message()));
  std::sort(files.begin(), files.end(), [](const DataFile& a, const DataFile& b) { return a.relative < b.relative; });
  return files;
}

std::string ContentHash(const std::vector<const std::vector<DataFile>*>& sets) {
  uint64_t h = 1469598103934665603ULL;
  auto mix = [&h](std::string_view s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ULL;
    }
    h ^= 0xff;  // separator, so "ab"+"c" differs from "a"+"bc"
    h *= 1099511628211ULL;
  };
  for (const auto* set : sets) {
    for (const DataFile& f : *set) {
      mix(f.relative);
      mix(f.content);
    }
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

}  // namespace triage
