#include "engine/cues/morphology.h"

#include <atomic>
#include <filesystem>
#include <hunspell.hxx>
#include <unordered_map>

#include "engine/util/strings.h"

namespace triage::cues {
namespace {

// Hunspell 1.7 races even when constructing two instances at once.
std::mutex& ConstructionMutex() {
  static std::mutex mu;
  return mu;
}

absl::Status CheckDictionary(const std::string& aff, const std::string& dic, std::string_view package) {
  for (const std::string& path : {aff, dic}) {
    if (!std::filesystem::exists(path)) {
      return absl::NotFoundError(StrCat(path, ": Hunspell dictionary not found (Debian package ", package, ")"));
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<std::unique_ptr<Morphology>> Morphology::Open(const std::string& aff, const std::string& dic,
                                                             const std::vector<std::string>& extra_dics) {
  if (absl::Status s = CheckDictionary(aff, dic, "hunspell-id"); !s.ok()) return s;
  std::unique_ptr<Morphology> m(new Morphology());
  std::lock_guard<std::mutex> lock(ConstructionMutex());
  m->hunspell_ = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
  for (const std::string& extra : extra_dics) {
    if (m->hunspell_->add_dic(extra.c_str()) != 0) {
      return absl::InvalidArgumentError(StrCat(extra, ": cannot load as a Hunspell dictionary"));
    }
  }
  static std::atomic<uint64_t> generations{0};
  m->generation_ = ++generations;
  return m;
}

Morphology::~Morphology() = default;

absl::Status Morphology::AddSpelling(const std::string& aff, const std::string& dic) {
  if (absl::Status s = CheckDictionary(aff, dic, "hunspell-en-us"); !s.ok()) return s;
  std::lock_guard<std::mutex> lock(ConstructionMutex());
  spelling_.push_back(std::make_unique<Hunspell>(aff.c_str(), dic.c_str()));
  return absl::OkStatus();
}

bool Morphology::IsWord(std::string_view word) const {
  const std::string w(word);
  std::lock_guard<std::mutex> lock(mu_);
  if (hunspell_->spell(w)) return true;
  for (const auto& h : spelling_) {
    if (h->spell(w)) return true;
  }
  return false;
}

const std::vector<std::string>& Morphology::Stems(std::string_view word) const {
  struct Cache {
    uint64_t generation = 0;
    std::unordered_map<std::string, std::vector<std::string>> stems;
  };
  constexpr size_t kMaxCached = 1 << 16;
  thread_local Cache cache;
  if (cache.generation != generation_ || cache.stems.size() >= kMaxCached) {
    cache.stems.clear();
    cache.generation = generation_;
  }
  std::string key(word);
  auto it = cache.stems.find(key);
  if (it != cache.stems.end()) return it->second;
  std::vector<std::string> stems;
  {
    std::lock_guard<std::mutex> lock(mu_);
    stems = hunspell_->stem(key);
  }
  stems.erase(std::remove(stems.begin(), stems.end(), key), stems.end());
  return cache.stems.emplace(std::move(key), std::move(stems)).first->second;
}

}  // namespace triage::cues
